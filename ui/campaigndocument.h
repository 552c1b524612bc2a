#pragma once

#include "campaign/campaign.h"
#include "error.h"

#include <QObject>

#include <functional>

class QUndoStack;

namespace Chorus::Ui {

/// The campaign being edited: its value, where it lives, and the undo stack
/// through which every edit goes. Widgets never change the Campaign directly;
/// they call edit(), which records the change so Undo brings it back.
///
/// Undo keeps whole before/after values: a campaign is a few kilobytes, and
/// snapshots make every edit undoable with no per-field command classes.
class CampaignDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignDocument)

public:
    explicit CampaignDocument(QObject *parent = nullptr);
    ~CampaignDocument() override;

    [[nodiscard]] const Campaign &campaign() const { return m_campaign; }
    /// The file the campaign was opened from or saved to; empty for a new or
    /// fetched campaign (Save then asks for a file).
    [[nodiscard]] QString filePath() const { return m_filePath; }
    /// Where it came from, for the title: a file name, a URL, or "sample".
    [[nodiscard]] QString source() const { return m_source; }
    [[nodiscard]] bool isModified() const;
    [[nodiscard]] QUndoStack *undoStack() const { return m_undo; }

    /// Replaces the document (open, new): clears undo, marks it unmodified.
    void reset(const Campaign &campaign, const QString &filePath, const QString &source);

    /// Applies `change` to a copy of the campaign and records it as one undo
    /// step named `what` ("Change start"). An edit that changes nothing is not
    /// recorded. Consecutive edits with the same `mergeKey` (>= 0) merge into
    /// one step, as dragging the timeline band does.
    void edit(const QString &what, const std::function<void(Campaign &)> &change, int mergeKey = -1);

    /// Saves to `path` (atomically) and makes it the document's file.
    [[nodiscard]] Expected<void> saveAs(const QString &path);

Q_SIGNALS:
    /// The campaign value changed (an edit, undo, redo or reset).
    void changed();
    /// The modified state, the file or the source changed.
    void stateChanged();

private:
    friend class CampaignEditCommand;
    void set(const Campaign &campaign);

    Campaign m_campaign;
    QString m_filePath;
    QString m_source;
    QUndoStack *m_undo = nullptr;
};

} // namespace Chorus::Ui
