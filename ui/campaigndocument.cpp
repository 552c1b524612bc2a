#include "campaigndocument.h"

#include "campaign/campaignfile.h"

#include <QFileInfo>
#include <QUndoCommand>
#include <QUndoStack>

namespace Chorus::Ui {

/// One recorded edit: the campaign before and after.
class CampaignEditCommand final : public QUndoCommand
{
public:
    CampaignEditCommand(CampaignDocument &document, const QString &text, Campaign before,
                        Campaign after, int mergeKey)
        : QUndoCommand(text)
        , m_document(document)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_mergeKey(mergeKey)
    {
    }

    void undo() override { m_document.set(m_before); }
    void redo() override { m_document.set(m_after); }
    [[nodiscard]] int id() const override { return m_mergeKey; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const CampaignEditCommand *>(other);
        m_after = next->m_after;
        return true;
    }

private:
    CampaignDocument &m_document;
    Campaign m_before;
    Campaign m_after;
    int m_mergeKey;
};

CampaignDocument::CampaignDocument(QObject *parent)
    : QObject(parent)
    , m_undo(new QUndoStack(this))
{
    connect(m_undo, &QUndoStack::cleanChanged, this, &CampaignDocument::stateChanged);
}

CampaignDocument::~CampaignDocument() = default;

bool CampaignDocument::isModified() const
{
    return !m_undo->isClean();
}

void CampaignDocument::reset(const Campaign &campaign, const QString &filePath, const QString &source)
{
    m_undo->clear();
    m_campaign = campaign;
    m_filePath = filePath;
    m_source = source;
    Q_EMIT changed();
    Q_EMIT stateChanged();
}

void CampaignDocument::edit(const QString &what, const std::function<void(Campaign &)> &change,
                            int mergeKey)
{
    Campaign after = m_campaign;
    change(after);
    if (after == m_campaign)
        return;
    m_undo->push(new CampaignEditCommand(*this, what, m_campaign, std::move(after), mergeKey));
}

void CampaignDocument::set(const Campaign &campaign)
{
    m_campaign = campaign;
    Q_EMIT changed();
}

Expected<void> CampaignDocument::saveAs(const QString &path)
{
    auto saved = saveCampaign(m_campaign, path);
    if (!saved)
        return saved;
    m_filePath = path;
    m_source = path;
    m_undo->setClean();
    Q_EMIT stateChanged();
    return {};
}

} // namespace Chorus::Ui
