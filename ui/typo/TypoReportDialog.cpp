#include "typo/TypoReportDialog.h"

#include "protocol/TypoReportRules.h"
#include "widgets/FormBuddies.h"
#include "widgets/ThemeColors.h"
#include "widgets/WrappedTextFit.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {

QString html(const QString& text)
{
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
}

// The context with the selection marked, as the editors will look for it.
QString markedContext(const TypoSelection& selection)
{
    const QString mark =
        QStringLiteral(
            "<span style=\"background:#ffe08a; color:#b00020; font-weight:bold\">%1</span>")
            .arg(html(selection.selection));
    const qsizetype at = selection.context.indexOf(selection.selection);
    if (selection.context.isEmpty() || at < 0)
        return mark;
    return html(selection.context.left(at)) + mark
        + html(selection.context.mid(at + selection.selection.size()));
}

} // namespace

TypoReportDialog::TypoReportDialog(const TypoSelection& selection, QWidget* parent)
    : QDialog(parent)
    , m_selection(selection)
    , m_context(new QTextBrowser(this))
    , m_comment(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("typoReportDialog"));
    setWindowTitle(tr("Report a mistake in the text"));
    setStyleSheet(
        QStringLiteral("QLabel#typoProblem { color: %1; }"
                       "QLabel#typoHint { color: %2; }")
            .arg(ThemeColors::css(ThemeColors::error()), ThemeColors::css(ThemeColors::hint())));

    auto* intro = new QLabel(tr("Thank you for helping us! The operator's editors will get the "
                                "marked text with the words around it."),
                             this);
    intro->setObjectName(QStringLiteral("typoHint"));
    intro->setWordWrap(true);
    m_context->setObjectName(QStringLiteral("typoContext"));
    m_context->setHtml(markedContext(selection));
    m_context->setMinimumHeight(90);
    auto* screen =
        new QLabel(selection.screenTitle.isEmpty() ? tr("—") : selection.screenTitle, this);
    screen->setObjectName(QStringLiteral("typoScreen"));
    m_comment->setObjectName(QStringLiteral("typoComment"));
    m_comment->setPlaceholderText(tr("Optional: what should it say?"));
    m_comment->setTabChangesFocus(true);
    m_comment->setMaximumHeight(80);
    m_comment->installEventFilter(this);
    m_problem->setObjectName(QStringLiteral("typoProblem"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto* buttons = new QDialogButtonBox(this);
    m_send = buttons->addButton(tr("Send"), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(QStringLiteral("sendTypoReport"));
    m_send->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &TypoReportDialog::send);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout;
    form->addRow(tr("Mistake:"), m_context);
    form->addRow(tr("Screen:"), screen);
    form->addRow(tr("Comment:"), m_comment);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    FormBuddies::bind(form);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(480, sizeHint().height());

    // Said at once: no comment can fix an overlong selection.
    const TypoReportRules::Problem problem =
        TypoReportRules::check(selection.selection, selection.context, selection.screenKey, {});
    if (problem != TypoReportRules::Problem::None) {
        showProblem(TypoReportRules::problemText(problem));
        m_send->setEnabled(false);
    }
    m_comment->setFocus();
    // Made narrow or low, the dialog keeps its wrapped text whole.
    WrappedTextFit::install(this);
}

TypoReportForm TypoReportDialog::form() const
{
    return TypoReportForm {m_selection.selection, m_selection.context, m_selection.screenKey,
                           m_comment->toPlainText().trimmed()};
}

void TypoReportDialog::showProblem(const QString& text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

bool TypoReportDialog::send()
{
    const TypoReportForm report = form();
    const TypoReportRules::Problem problem =
        TypoReportRules::check(report.selection, report.context, report.screen, report.comment);
    if (problem != TypoReportRules::Problem::None) {
        showProblem(TypoReportRules::problemText(problem));
        return false;
    }
    showProblem({});
    emit sendRequested(report);
    return true;
}

bool TypoReportDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_comment && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && (key->modifiers() & Qt::ControlModifier)) {
            if (m_send->isEnabled())
                send();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}
