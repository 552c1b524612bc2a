#pragma once

#include "postforme.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QVBoxLayout;

namespace Chorus::Ui {

/// Check-ins › Take part › "Post for me": connect Bluesky and Mastodon
/// accounts, see the exact post each will make, Schedule or Cancel it, and a
/// status line per account. Wires the PostForMe controller to widgets and
/// shows what it says; decides nothing.
class PostForMePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostForMePanel)

public:
    PostForMePanel(PostForMe &controller, QWidget *parent = nullptr);
    ~PostForMePanel() override;

    [[nodiscard]] PostForMe &controller() { return m_controller; }
    void setZone(const QByteArray &zone);

    /// The widgets of one account's row, for tests.
    struct Row
    {
        QWidget *box = nullptr;
        QLabel *title = nullptr;
        QLabel *post = nullptr;
        QLabel *status = nullptr;
        QPushButton *schedule = nullptr;
        QPushButton *cancel = nullptr;
        QPushButton *forget = nullptr;
    };
    [[nodiscard]] const Row *row(const QString &accountKey) const;
    [[nodiscard]] QString messageText() const;
    [[nodiscard]] QString goalText() const;
    /// The note on posts waiting for other campaigns (empty when hidden).
    [[nodiscard]] QString elsewhereText() const;

    [[nodiscard]] QTabWidget *connectTabs() const { return m_connectTabs; }
    [[nodiscard]] QLineEdit *blueskyHandleEdit() const { return m_bskyHandle; }
    [[nodiscard]] QLineEdit *blueskyPasswordEdit() const { return m_bskyPassword; }
    [[nodiscard]] QLineEdit *blueskyServerEdit() const { return m_bskyServer; }
    [[nodiscard]] QPushButton *blueskyConnectButton() const { return m_bskyConnect; }
    [[nodiscard]] QLineEdit *mastodonServerEdit() const { return m_mastoServer; }
    [[nodiscard]] QPushButton *mastodonConnectButton() const { return m_mastoConnect; }
    [[nodiscard]] QLineEdit *mastodonCodeEdit() const { return m_mastoCode; }
    [[nodiscard]] QPushButton *mastodonCodeButton() const { return m_mastoCodeButton; }

Q_SIGNALS:
    /// The rows or a status line changed (tests wait on it).
    void updated();

private:
    void rebuildRows();
    void updateRow(const QString &accountKey);
    void updateGoal();
    void updateElsewhere();
    void showMessage(const QString &message, bool problem);
    [[nodiscard]] QString statusLine(const Social::Account &account,
                                     const PostStatus &status) const;
    [[nodiscard]] QString localTime(Time::Instant at) const;

    PostForMe &m_controller;
    QByteArray m_zone = "UTC";
    QHash<QString, Row> m_rows;
    QVBoxLayout *m_rowsLayout = nullptr;
    QLabel *m_noAccounts = nullptr;
    QLabel *m_goal = nullptr;
    QLabel *m_elsewhere = nullptr;
    QLabel *m_message = nullptr;
    QTabWidget *m_connectTabs = nullptr;
    QLineEdit *m_bskyHandle = nullptr;
    QLineEdit *m_bskyPassword = nullptr;
    QLineEdit *m_bskyServer = nullptr;
    QPushButton *m_bskyConnect = nullptr;
    QLineEdit *m_mastoServer = nullptr;
    QPushButton *m_mastoConnect = nullptr;
    QLineEdit *m_mastoCode = nullptr;
    QPushButton *m_mastoCodeButton = nullptr;
    QPushButton *m_mastoOob = nullptr;
};

} // namespace Chorus::Ui
