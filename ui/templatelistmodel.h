#pragma once

#include "text/campaignlint.h"

#include <QAbstractListModel>
#include <QStringList>

#include <vector>

namespace Chorus::Ui {

class CampaignDocument;

/// The campaign's message templates as a list: one row per template, in the
/// campaign's order, showing its id and the start of its text, marked with the
/// worst lint finding about it. Reads the document; edits go through the
/// Messages page, which calls CampaignDocument::edit().
class TemplateListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateListModel)

public:
    enum Role {
        IdRole = Qt::UserRole + 1, ///< the template id (QString)
        TextRole, ///< the template text as written (QString)
        SeverityRole, ///< worst finding: -1 none, 0 warning, 1 error (int)
    };

    explicit TemplateListModel(CampaignDocument &document, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index,
                                int role = Qt::DisplayRole) const override;

    /// The row of the template with `id`, or -1.
    [[nodiscard]] int rowOf(const QString &id) const;
    /// Lint's findings for the whole campaign; rows show those about them.
    void setFindings(const std::vector<Text::LintFinding> &findings);

private:
    void documentChanged();
    [[nodiscard]] int worstSeverity(const QString &id) const;

    CampaignDocument &m_document;
    QStringList m_ids;
    std::vector<Text::LintFinding> m_findings;
};

} // namespace Chorus::Ui
