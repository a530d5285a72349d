#include "CabinetSession.h"
#include "DemoDesktop.h"
#include "DesktopApp.h"
#include "cache/SqlCipherDriver.h"
#include "link/LinkAccountDialog.h"
#include "login/LoginPage.h"
#include "login/PreviousPasswordDialog.h"
#include "login/SignInFlow.h"
#include "main/MainWindow.h"
#include "profile/ChangePasswordDialog.h"
#include "profile/DeleteUserDialog.h"
#include "session/SessionManager.h"
#include "typo/TypoReportDialog.h"
#include "typo/TypoSelection.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStyle>
#include <QTest>
#include <QTextEdit>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

namespace {

// Parts of a compound input (a combo box's line edit, a spin box's, an item view's editors) are
// named by the compound.
bool isPartOfCompound(const QWidget* widget, const QWidget* root)
{
    for (const QWidget* parent = widget->parentWidget(); parent && parent != root->parentWidget();
         parent = parent->parentWidget()) {
        if (qobject_cast<const QComboBox*>(parent) || qobject_cast<const QAbstractSpinBox*>(parent)
            || qobject_cast<const QAbstractItemView*>(parent))
            return true;
    }
    return widget->objectName().startsWith(u"qt_"_s);
}

// What a user types into, ticks or picks, and buttons that show only an icon.
bool isInput(const QWidget* widget)
{
    if (qobject_cast<const QLineEdit*>(widget) || qobject_cast<const QComboBox*>(widget)
        || qobject_cast<const QAbstractSpinBox*>(widget) || qobject_cast<const QCheckBox*>(widget)
        || qobject_cast<const QRadioButton*>(widget) || qobject_cast<const QPlainTextEdit*>(widget))
        return true;
    if (const auto* edit = qobject_cast<const QTextEdit*>(widget))
        return !edit->isReadOnly();
    if (const auto* button = qobject_cast<const QAbstractButton*>(widget))
        return button->text().isEmpty();
    return false;
}

// The name a screen reader says for widget: its accessible name, else what Qt's accessibility
// gives (a button's text, the text of a buddy label beside it), else the text of any label that
// has it as buddy.
QString spokenName(QWidget* widget, const QWidget* root)
{
    if (!widget->accessibleName().isEmpty())
        return widget->accessibleName();
    if (QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget)) {
        const QString name = accessible->text(QAccessible::Name).trimmed();
        if (!name.isEmpty())
            return name;
    }
    const QList<QLabel*> labels = root->findChildren<QLabel*>();
    for (const QLabel* label : labels) {
        if (label->buddy() == widget && !label->text().trimmed().isEmpty())
            return label->text();
    }
    return {};
}

QString describe(const QWidget* widget)
{
    QString path = QString::fromLatin1(widget->metaObject()->className()) + u' '
        + (widget->objectName().isEmpty() ? u"(no object name)"_s : widget->objectName());
    for (const QWidget* parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (!parent->objectName().isEmpty()) {
            path += u" in "_s + parent->objectName();
            break;
        }
    }
    return path;
}

// Every input under root (hidden ones too: a page shows them later) without a spoken name, and
// every one the keyboard cannot reach with Tab.
QStringList problemsOf(QWidget* root)
{
    QStringList problems;
    const QList<QWidget*> widgets = root->findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        if (!isInput(widget) || isPartOfCompound(widget, root))
            continue;
        if (spokenName(widget, root).isEmpty())
            problems.append(u"no accessible name: "_s + describe(widget));
        if (!(widget->focusPolicy() & Qt::TabFocus))
            problems.append(u"not reachable with Tab: "_s + describe(widget));
    }
    return problems;
}

// With KABINET_UI_SHOTS=DIR (e.g. under QT_SCALE_FACTOR=2), each screen walked is also saved as
// DIR/<name>.png, to be looked at.
void shot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("KABINET_UI_SHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    if (!widget->isVisible()) {
        widget->show(); // laid out at its own size hint, as the user sees it
        QTest::qWait(100);
    }
    widget->grab().save(QDir(dir).filePath(name + u".png"_s));
}

} // namespace

// Every screen of the application with the demo data, walked widget by widget: each input (line
// edits, combo boxes, spin and date boxes, check boxes, text editors, the period pickers' parts,
// icon-only buttons) has a name a screen reader can say — an accessible name, or a buddy label —
// and takes the keyboard focus with Tab. The real DesktopApp against the real kabinet-portal,
// signed in as the demo user, with the screens as the user gets them after the first sync.
class tst_Accessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void theCheckFindsAnUnnamedInput();
    void signInScreens();
    void previousPasswordDialog();
    void cabinetSections();
    void accountCard();
    void linkAccountDialog();
    void profileDialogs();
    void typoReportDialog();

private:
    DemoDesktop m_desktop;
    DesktopApp* m_app = nullptr;
};

void tst_Accessibility::initTestCase()
{
    QCoreApplication::setOrganizationName(u"KabinetTests"_s);
    QCoreApplication::setApplicationName(u"tst_accessibility"_s);
    SqlCipherDriver::registerDriver();
    // KABINET_UI_DARK=1 with KABINET_UI_SHOTS: the screens on a dark palette, to look at.
    if (qEnvironmentVariableIsSet("KABINET_UI_DARK")) {
        QApplication::setStyle(u"Fusion"_s);
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2d, 0x2d, 0x30));
        dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x37));
        dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3d));
        dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        dark.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
        dark.setColor(QPalette::PlaceholderText, QColor(0x99, 0x99, 0x99));
        QApplication::setPalette(dark);
    }
    QVERIFY2(m_desktop.start(), qPrintable(m_desktop.errorText()));
    m_app = &m_desktop.app();
}

void tst_Accessibility::cleanupTestCase()
{
    m_app = nullptr;
    m_desktop.stop();
}

void tst_Accessibility::theCheckFindsAnUnnamedInput()
{
    // The check itself must be able to fail.
    QWidget form;
    auto* named = new QLineEdit(&form);
    named->setAccessibleName(u"Login"_s);
    auto* labelled = new QLineEdit(&form);
    (new QLabel(u"&Password"_s, &form))->setBuddy(labelled);
    QVERIFY(problemsOf(&form).isEmpty());
    auto* unnamed = new QLineEdit(&form);
    unnamed->setObjectName(u"unnamed"_s);
    auto* iconOnly = new QToolButton(&form);
    iconOnly->setIcon(form.style()->standardIcon(QStyle::SP_BrowserReload));
    const QStringList problems = problemsOf(&form);
    QCOMPARE(problems.size(), 2);
    QVERIFY(problems.at(0).contains(u"unnamed"_s) || problems.at(1).contains(u"unnamed"_s));
}

void tst_Accessibility::signInScreens()
{
    // Every page of the flow (login, registration, password reset, activation sent) lives in
    // this window, the hidden ones too.
    QWidget* window = m_app->signInContainer();
    m_app->signInWindow()->showRegistration();
    QTest::qWait(300);
    shot(window, u"registration"_s);
    const QStringList problems = problemsOf(window);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    m_app->signInWindow()->showLogin();
}

void tst_Accessibility::previousPasswordDialog()
{
    PreviousPasswordDialog dialog(u"demo"_s);
    shot(&dialog, u"previous-password"_s);
    const QStringList problems = problemsOf(&dialog);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void tst_Accessibility::cabinetSections()
{
    QVERIFY2(m_desktop.openSyncedCabinet(), qPrintable(m_desktop.errorText()));
    MainWindow* window = m_app->mainWindow();
    // Each section once shown, so that pages that build their parts lazily have them.
    window->resize(1200, 800);
    for (int i = 0; i < MainSectionInfo::count; ++i) {
        window->showSection(static_cast<MainSection>(i));
        QTest::qWait(300);
        if (window->currentSection() == static_cast<MainSection>(i))
            shot(window, u"section-"_s + MainSectionInfo::settingsKey(static_cast<MainSection>(i)));
    }
    QTest::qWait(500);
    const QStringList problems = problemsOf(window);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void tst_Accessibility::accountCard()
{
    MainWindow* window = m_app->mainWindow();
    QVERIFY(window);
    QVERIFY(window->currentAccountId() != 0);
    window->showAccount(window->currentAccountId());
    QTest::qWait(500);
    shot(window, u"account-card"_s);
    const QStringList problems = problemsOf(window);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void tst_Accessibility::linkAccountDialog()
{
    MainWindow* window = m_app->mainWindow();
    QVERIFY(window);
    emit window->addAccountRequested();
    auto* dialog = window->findChild<LinkAccountDialog*>();
    QVERIFY(dialog);
    QTest::qWait(1000); // the address lists come from the server
    shot(dialog, u"link-account"_s);
    const QStringList problems = problemsOf(dialog);
    dialog->reject();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void tst_Accessibility::profileDialogs()
{
    ApiClient& client = m_app->sessionManager()->client();
    ChangePasswordDialog change(client, nullptr);
    shot(&change, u"change-password"_s);
    QStringList problems = problemsOf(&change);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    DeleteUserDialog remove(client, u"demo"_s);
    shot(&remove, u"delete-user"_s);
    problems = problemsOf(&remove);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void tst_Accessibility::typoReportDialog()
{
    TypoSelection selection;
    selection.selection = u"Перерасчет"_s;
    selection.context = u"Перерасчет за сентябрь"_s;
    selection.screenKey = u"account_card"_s;
    selection.screenTitle = u"Account card"_s;
    TypoReportDialog dialog(selection);
    shot(&dialog, u"typo-report"_s);
    const QStringList problems = problemsOf(&dialog);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

QTEST_MAIN(tst_Accessibility)
#include "tst_accessibility.moc"
