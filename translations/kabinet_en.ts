<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ApiError</name>
    <message numerus="yes">
        <location filename="../sync/net/ApiError.cpp" line="+151"/>
        <source>Too many attempts. Please try again in %n second(s).</source>
        <translation>
            <numerusform>Too many attempts. Please try again in %n second.</numerusform>
            <numerusform>Too many attempts. Please try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdleCountdownOverlay</name>
    <message numerus="yes">
        <location filename="../app/IdleCountdownOverlay.cpp" line="+38"/>
        <source>No one has touched the screen for a while.
You will be signed out in %n second(s).
Touch the screen to stay signed in.</source>
        <translation>
            <numerusform>No one has touched the screen for a while.
You will be signed out in %n second.
Touch the screen to stay signed in.</numerusform>
            <numerusform>No one has touched the screen for a while.
You will be signed out in %n seconds.
Touch the screen to stay signed in.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>No one has touched the screen for a while.
The form will be cleared in %n second(s).
Touch the screen to go on.</source>
        <translation>
            <numerusform>No one has touched the screen for a while.
The form will be cleared in %n second.
Touch the screen to go on.</numerusform>
            <numerusform>No one has touched the screen for a while.
The form will be cleared in %n seconds.
Touch the screen to go on.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LinkAccountDialog</name>
    <message numerus="yes">
        <location filename="../ui/link/LinkAccountDialog.cpp" line="+275"/>
        <source>The number of a personal account has at most %n character(s).</source>
        <translation>
            <numerusform>The number of a personal account has at most %n character.</numerusform>
            <numerusform>The number of a personal account has at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+108"/>
        <source>Too many unsuccessful attempts. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Too many unsuccessful attempts. Try again in %n minute.</numerusform>
            <numerusform>Too many unsuccessful attempts. Try again in %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoginOutcome</name>
    <message numerus="yes">
        <location filename="../sync/session/LoginOutcome.cpp" line="+131"/>
        <source>Too many attempts. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Too many attempts. Try again in %n minute.</numerusform>
            <numerusform>Too many attempts. Try again in %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeterListModel</name>
    <message numerus="yes">
        <location filename="../ui/meters/MeterListModel.cpp" line="+58"/>
        <source>%n reading(s) waiting to be sent</source>
        <translation>
            <numerusform>%n reading waiting to be sent</numerusform>
            <numerusform>%n readings waiting to be sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewsPage</name>
    <message numerus="yes">
        <location filename="../ui/news/NewsPage.cpp" line="+193"/>
        <source>%n new since your last visit</source>
        <translation>
            <numerusform>%n new since your last visit</numerusform>
            <numerusform>%n new since your last visit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegistrationPage</name>
    <message numerus="yes">
        <location filename="../ui/login/RegistrationPage.cpp" line="+92"/>
        <source>The login may contain Russian and Latin letters, digits, a hyphen or an underscore, must start with a letter and be at most %n character(s) long</source>
        <translation>
            <numerusform>The login may contain Russian and Latin letters, digits, a hyphen or an underscore, must start with a letter and be at most %n character long</numerusform>
            <numerusform>The login may contain Russian and Latin letters, digits, a hyphen or an underscore, must start with a letter and be at most %n characters long</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message numerus="yes">
        <location filename="../ui/settings/SettingsDialog.cpp" line="+163"/>
        <source>Every %n hour(s)</source>
        <translation>
            <numerusform>Every %n hour</numerusform>
            <numerusform>Every %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Every %n minute</numerusform>
            <numerusform>Every %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncNotice</name>
    <message numerus="yes">
        <location filename="../app/SyncNotice.cpp" line="+26"/>
        <source>Charges for %1 on %n account(s)</source>
        <translation>
            <numerusform>Charges for %1 on %n account</numerusform>
            <numerusform>Charges for %1 on %n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>New charges on %n account(s)</source>
        <translation>
            <numerusform>New charges on %n account</numerusform>
            <numerusform>New charges on %n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n payment(s) received</source>
        <translation>
            <numerusform>%n payment received</numerusform>
            <numerusform>%n payments received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n news item(s)</source>
        <translation>
            <numerusform>%n news item</numerusform>
            <numerusform>%n news items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n of your appeals have been answered</source>
        <translation>
            <numerusform>%n of your appeals has been answered</numerusform>
            <numerusform>%n of your appeals have been answered</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message numerus="yes">
        <location filename="../sync/engine/SyncStatus.cpp" line="+30"/>
        <source>Saving… %n page(s), %1.</source>
        <translation>
            <numerusform>Saving… %n page, %1.</numerusform>
            <numerusform>Saving… %n pages, %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Updating… %n page(s), %1.</source>
        <translation>
            <numerusform>Updating… %n page, %1.</numerusform>
            <numerusform>Updating… %n pages, %1.</numerusform>
        </translation>
    </message>
</context>
</TS>
