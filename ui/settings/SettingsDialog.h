#pragma once

#include "net/TlsTrust.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QString>
#include <QUrl>

#include <chrono>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// «Настройки»: the operator's server and what trusts it (an extra CA file, or the SHA-256 pin of
// the server's public key), the interval of the background syncs, the language and the
// notifications. It only edits Values: the application reads them from its settings, and stores
// and applies what the dialog accepted. «OK» accepts only values that can be used, and says under
// the field what is wrong otherwise. The CA file is read on a pool thread (it may be on a share
// that does not answer): until it is, «OK» waits disabled and the dialog stays responsive.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    struct Values
    {
        // Empty: no server yet (the sign-in screen says so).
        QUrl server;
        QString caFile;
        QString pin;
        // 0: no background syncs.
        std::chrono::minutes syncInterval {15};
        // "ru", "en", or empty for the system's language.
        QString language;
        bool notificationsEnabled = true;
    };

    explicit SettingsDialog(const Values& values, QWidget* parent = nullptr);

    // What the fields hold now (valid once accepted).
    Values values() const;
    // What is wrong with the fields, the first problem; empty when they can be used. Shown under
    // the field by accept().
    QString problem() const;

public slots:
    void accept() override;

private:
    void onCaFileChecked();
    // Shows every problem under its field, caProblem under the CA file's, and accepts when there
    // is none.
    void conclude(const QString& caProblem);
    void addInterval(std::chrono::minutes interval);
    void chooseCaFile();
    void clearMessages();

    QLineEdit* m_server;
    QLabel* m_serverMessage;
    QLineEdit* m_caFile;
    QLabel* m_caMessage;
    QLineEdit* m_pin;
    QLabel* m_pinMessage;
    QComboBox* m_interval;
    QComboBox* m_language;
    QLabel* m_languageHint;
    QCheckBox* m_notifications;
    QDialogButtonBox* m_buttons;
    QString m_initialLanguage;
    QFutureWatcher<TlsTrust::LoadResult> m_caCheck;
    QString m_checkedCaPath;
};
