#pragma once

#include "text/campaignlint.h"
#include "text/postlength.h"

#include <QFutureWatcher>
#include <QLocale>
#include <QWidget>

#include <array>
#include <functional>
#include <vector>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTimer;
class QToolButton;
class QUrl;

namespace Chorus::Time {
class ZoneCatalogue;
}

namespace Chorus::Ui {

class CampaignDocument;
class TemplateListModel;

/// The Messages page: the campaign's post templates, a list and an editor.
///
/// The list adds, duplicates, removes and reorders templates. The editor
/// changes a template's id, text and platforms; under the text, one counter per
/// platform ("231 / 280") counts the longest variant as lint does (worst-case
/// city, time and link) and turns red over the limit; lint's findings about
/// the template are listed beside it (lint runs off the GUI thread, a moment
/// after typing stops). A preview renders one variant for the viewer (their
/// zone, locale and city), with Copy and the platforms' compose links.
///
/// Every change is one CampaignDocument::edit(); a burst of typing in one
/// template is one undo step. Undo and redo update the editor in place,
/// changing only the text that differs, so the cursor stays where it was.
class MessagesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessagesPage)

public:
    /// Puts text on the clipboard; tests replace it.
    using Copier = std::function<void(const QString &text)>;
    /// Opens a web address in the browser; tests replace it.
    using UrlOpener = std::function<void(const QUrl &url)>;

    MessagesPage(CampaignDocument &document, const Time::ZoneCatalogue &catalogue,
                 QWidget *parent = nullptr);
    ~MessagesPage() override;

    /// The viewer's zone and locale, for the preview.
    void setViewerZone(const QByteArray &zone);
    void setLocale(const QLocale &locale);
    void setCopier(Copier copier) { m_copier = std::move(copier); }
    void setUrlOpener(UrlOpener opener) { m_openUrl = std::move(opener); }
    /// The Mastodon server compose links open (the viewer's own, "mastodon.social").
    void setMastodonServer(const QString &server);
    [[nodiscard]] QString mastodonServer() const;

    [[nodiscard]] TemplateListModel *templateModel() const { return m_model; }
    [[nodiscard]] QPlainTextEdit *textEditor() const { return m_text; }
    /// The template being edited; empty when there is none.
    [[nodiscard]] QString currentTemplateId() const { return m_currentId; }
    void selectTemplate(const QString &id);
    /// Whether the page shows its "no templates yet" explanation.
    [[nodiscard]] bool isShowingEmptyState() const;

    /// What a platform's counter shows ("231 / 280") and whether it is red.
    [[nodiscard]] QString counterText(Text::Platform platform) const;
    [[nodiscard]] bool counterOverLimit(Text::Platform platform) const;
    /// Lint's findings shown beside the current template (and the campaign's own).
    [[nodiscard]] QStringList shownFindings() const;
    /// The preview's text; empty when the template cannot be rendered.
    [[nodiscard]] QString previewText() const;
    /// Why the preview is empty, or empty.
    [[nodiscard]] QString previewProblem() const;
    /// Shows variant `number` (1-based) in the preview.
    void setPreviewVariant(int number);
    [[nodiscard]] int previewVariant() const;
    [[nodiscard]] int previewVariantCount() const;
    /// Shows the variant the fan with `handle` gets.
    void setPreviewHandle(const QString &handle);
    /// What the last Copy or Open said ("Copied."), or a problem.
    [[nodiscard]] QString actionStatus() const;

    void addTemplate();
    void duplicateTemplate();
    void removeTemplate();
    /// Moves the current template up (-1) or down (+1).
    void moveTemplate(int delta);
    /// Inserts `{name}` at the cursor, as one undo step.
    void insertPlaceholder(const QString &name);
    /// Ends the current burst of typing: what is typed next is a new undo step.
    void endTypingBurst();
    /// Copies the preview's text.
    void copyPreview();
    /// Opens the platform's composer with the preview's text.
    void openCompose(Text::Platform platform);

Q_SIGNALS:
    /// Lint's findings for the current campaign are shown.
    void findingsShown();
    void mastodonServerChanged(const QString &server);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void documentChanged();
    void showTemplate(int row);
    void syncEditorText(const QString &text);
    void textEdited();
    void commitId();
    void platformToggled();
    void updateCounters();
    void updatePreview();
    void updateFindings();
    void scheduleLint();
    void startLint();
    void setActionStatus(const QString &text, bool problem);
    [[nodiscard]] const Text::MessageTemplate *currentTemplate() const;
    [[nodiscard]] int currentRow() const;

    CampaignDocument &m_document;
    const Time::ZoneCatalogue &m_catalogue;
    QByteArray m_viewerZone = "UTC";
    QLocale m_locale;
    Copier m_copier;
    UrlOpener m_openUrl;

    TemplateListModel *m_model = nullptr;
    QListView *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_duplicate = nullptr;
    QPushButton *m_remove = nullptr;
    QToolButton *m_up = nullptr;
    QToolButton *m_down = nullptr;
    QLabel *m_campaignFindings = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_emptyState = nullptr;
    QWidget *m_editorPage = nullptr;

    QLineEdit *m_id = nullptr;
    QLabel *m_idProblem = nullptr;
    std::array<QCheckBox *, 3> m_platformBoxes {};
    std::array<QLabel *, 3> m_counters {};
    std::array<bool, 3> m_over {};
    QLabel *m_variantNote = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QToolButton *m_insert = nullptr;
    QLabel *m_textProblem = nullptr;
    QLabel *m_findings = nullptr;
    QStringList m_shownFindings;

    QLabel *m_previewTitle = nullptr;
    QSpinBox *m_variant = nullptr;
    QLabel *m_variantOf = nullptr;
    QLineEdit *m_handle = nullptr;
    QLabel *m_preview = nullptr;
    QLabel *m_previewProblem = nullptr;
    QPushButton *m_copy = nullptr;
    std::array<QPushButton *, 3> m_compose {};
    QLineEdit *m_mastodonServer = nullptr;
    QLabel *m_actionStatus = nullptr;
    QString m_previewText;
    QStringList m_variants; ///< the current template's expansions, for the preview

    QString m_currentId;
    int m_lastRow = 0;
    bool m_syncing = false; ///< set while the page itself changes a widget
    bool m_editing = false; ///< set while the page's own edit is applied
    QString m_shownId; ///< the template whose text the editor holds
    QString m_nextEditName; ///< names the next text edit instead of typing
    int m_burst = 0; ///< flips when a burst of typing ends
    QTimer *m_burstTimer = nullptr;
    /// What the counters were computed for, so unrelated edits do not recount.
    QString m_countedKey;
    bool m_slowCounting = false; ///< the last count took long: count after a pause
    QTimer *m_countDelay = nullptr;

    QTimer *m_lintDelay = nullptr;
    QFutureWatcher<std::vector<Text::LintFinding>> m_lint;
    bool m_lintAgain = false;
    std::vector<Text::LintFinding> m_lintFindings;
};

} // namespace Chorus::Ui
