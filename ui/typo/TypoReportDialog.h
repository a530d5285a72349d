#pragma once

#include "protocol/json/TypoReportForm.h"
#include "typo/TypoSelection.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

// «Заметили ошибку в тексте?»: shows the selected text in its context and the screen it is on,
// takes an optional comment, and asks for the report to be sent (sendRequested()); whoever opened
// it queues the report and closes it, or shows why it cannot (showProblem()). A selection the
// server would refuse (too long) is said so before anything is sent. Ctrl+Enter in the comment
// sends, as Send does.
class TypoReportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TypoReportDialog(const TypoSelection& selection, QWidget* parent = nullptr);

    TypoReportForm form() const;
    void showProblem(const QString& text);

    // Checks the report and emits sendRequested(); false (with the reason shown) when not valid.
    bool send();

signals:
    void sendRequested(const TypoReportForm& form);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    TypoSelection m_selection;
    QTextBrowser* m_context = nullptr;
    QPlainTextEdit* m_comment = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_send = nullptr;
};
