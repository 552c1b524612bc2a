#include "templatelistmodel.h"

#include "campaigndocument.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace Chorus::Ui {

namespace {
constexpr qsizetype shownCharacters = 60;
}

TemplateListModel::TemplateListModel(CampaignDocument &document, QObject *parent)
    : QAbstractListModel(parent)
    , m_document(document)
{
    for (const Text::MessageTemplate &messageTemplate : m_document.campaign().templates)
        m_ids << messageTemplate.id;
    connect(&m_document, &CampaignDocument::changed, this, &TemplateListModel::documentChanged);
}

int TemplateListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

QVariant TemplateListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &templates = m_document.campaign().templates;
    if (index.row() >= templates.size())
        return {};
    const Text::MessageTemplate &messageTemplate = templates.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        QString text = messageTemplate.text.simplified();
        if (text.size() > shownCharacters)
            text = text.left(shownCharacters - 1) + u'…';
        if (text.isEmpty())
            text = tr("(empty)");
        return QString(messageTemplate.id + u"\n"_s + text);
    }
    case Qt::ToolTipRole: {
        QStringList lines;
        for (const Text::LintFinding &finding : m_findings) {
            if (finding.templateId == messageTemplate.id)
                lines << finding.message;
        }
        return lines.isEmpty() ? messageTemplate.text : lines.join(u'\n');
    }
    case Qt::DecorationRole: {
        const int severity = worstSeverity(messageTemplate.id);
        if (severity < 0)
            return {};
        return QApplication::style()->standardIcon(severity > 0 ? QStyle::SP_MessageBoxCritical
                                                                : QStyle::SP_MessageBoxWarning);
    }
    case Qt::AccessibleDescriptionRole: {
        const int severity = worstSeverity(messageTemplate.id);
        return severity > 0 ? tr("has errors") : severity == 0 ? tr("has warnings") : QString();
    }
    case IdRole:
        return messageTemplate.id;
    case TextRole:
        return messageTemplate.text;
    case SeverityRole:
        return worstSeverity(messageTemplate.id);
    default:
        return {};
    }
}

int TemplateListModel::rowOf(const QString &id) const
{
    return int(m_ids.indexOf(id));
}

int TemplateListModel::worstSeverity(const QString &id) const
{
    int worst = -1;
    for (const Text::LintFinding &finding : m_findings) {
        if (finding.templateId == id)
            worst = std::max(worst, finding.severity == Text::LintFinding::Severity::Error ? 1 : 0);
    }
    return worst;
}

void TemplateListModel::setFindings(const std::vector<Text::LintFinding> &findings)
{
    if (findings == m_findings)
        return;
    m_findings = findings;
    if (!m_ids.isEmpty())
        Q_EMIT dataChanged(
            index(0), index(int(m_ids.size()) - 1),
            {Qt::DecorationRole, Qt::ToolTipRole, Qt::AccessibleDescriptionRole, SeverityRole});
}

void TemplateListModel::documentChanged()
{
    QStringList ids;
    for (const Text::MessageTemplate &messageTemplate : m_document.campaign().templates)
        ids << messageTemplate.id;
    if (ids != m_ids) {
        // Added, removed, moved or renamed: rows are not the same rows any more.
        beginResetModel();
        m_ids = ids;
        endResetModel();
        return;
    }
    if (!m_ids.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_ids.size()) - 1));
}

} // namespace Chorus::Ui
