<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AccountCardPage</name>
    <message>
        <location filename="../ui/accounts/AccountCardPage.cpp" line="+26"/>
        <source>Statement…</source>
        <translation>Выписка…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt; All accounts</source>
        <translation>&lt; Все лицевые счета</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No charges yet: they appear once the operator closes a period.</source>
        <translation>Начислений пока нет: они появятся, когда оператор закроет период.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>History:</source>
        <translation>История:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charges history &gt;</source>
        <translation>начислений &gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Payments history &gt;</source>
        <translation>платежей &gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Receipt…</source>
        <translation>Квитанция…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The payment document of a closed period: preview, print or save as PDF.</source>
        <translation>Платежный документ за закрытый период: просмотр, печать или сохранение в PDF.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the movement of funds, charges and payments of chosen periods as PDF or CSV</source>
        <translation>Сохранить движение финансов, начисления и платежи за выбранные периоды в файл PDF или CSV</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Personal account No. %1 | %2</source>
        <translation>Л/С № %1 | %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 | Floor area: %2 sq. m | Type: %3</source>
        <translation>%1 | Площадь помещения: %2 кв. м | Тип: %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Charges for %1</source>
        <translation>Начисление за %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charges</source>
        <translation>Начисления</translation>
    </message>
</context>
<context>
    <name>AccountChooser</name>
    <message>
        <location filename="../ui/widgets/AccountChooser.cpp" line="+22"/>
        <source>No. %1 — %2</source>
        <translation>№ %1 — %2</translation>
    </message>
</context>
<context>
    <name>AccountHistoryPage</name>
    <message>
        <location filename="../ui/charges/AccountHistoryPage.cpp" line="+143"/>
        <source>No personal account is linked yet.</source>
        <translation>Ни один лицевой счет еще не привязан.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Personal account No. %1 | %2</source>
        <translation>Л/С № %1 | %2</translation>
    </message>
</context>
<context>
    <name>AccountListModel</name>
    <message>
        <location filename="../ui/accounts/AccountListModel.cpp" line="+95"/>
        <source>Account No.</source>
        <translation>Л/С №</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Абонент</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Debt / overpayment</source>
        <translation>Долг / переплата</translation>
    </message>
</context>
<context>
    <name>ActivationSentPage</name>
    <message>
        <location filename="../ui/login/ActivationSentPage.cpp" line="+15"/>
        <source>Send the e-mail again</source>
        <translation>Отправить письмо еще раз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registration is almost done</source>
        <translation>Регистрация почти завершена</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>An e-mail with a link to activate the account &lt;b&gt;%1&lt;/b&gt; was sent to &lt;b&gt;%2&lt;/b&gt;. Open the link from the e-mail, then sign in. The link is good for 48 hours.</source>
        <translation>На адрес &lt;b&gt;%2&lt;/b&gt; отправлено письмо со ссылкой для активации учетной записи &lt;b&gt;%1&lt;/b&gt;. Перейдите по ссылке из письма, затем войдите. Ссылка действует 48 часов.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The e-mail is sent to %1 again (at most one a minute). Check the spam folder too.</source>
        <translation>Письмо повторно отправлено на адрес %1 (не чаще одного раза в минуту). Проверьте также папку «Спам».</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <location filename="../sync/net/ApiError.cpp" line="+12"/>
        <source>The server&apos;s certificate is not trusted, so no connection was made. If the server uses its own CA, give its certificate file with --ca.</source>
        <translation>Сертификат сервера не вызывает доверия, поэтому соединение не установлено. Если сервер использует собственный удостоверяющий центр, укажите файл его сертификата в параметре --ca.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server&apos;s certificate has expired or is not valid yet, so no connection was made. Check this computer&apos;s date and time.</source>
        <translation>Срок действия сертификата сервера истек или еще не наступил, поэтому соединение не установлено. Проверьте дату и время на этом компьютере.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server&apos;s certificate was issued for another address, so no connection was made. Check the server address.</source>
        <translation>Сертификат сервера выдан для другого адреса, поэтому соединение не установлено. Проверьте адрес сервера.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server&apos;s key does not match the pinned key, so nothing was sent. Someone may be intercepting the connection, or the server&apos;s key has changed.</source>
        <translation>Ключ сервера не совпадает с закрепленным ключом, поэтому ничего не отправлено. Возможно, соединение перехватывают или ключ сервера сменился.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A secure connection to the server could not be established.</source>
        <translation>Не удалось установить защищенное соединение с сервером.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This login is already taken.</source>
        <translation>Этот логин уже занят.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This e-mail address is already in use.</source>
        <translation>Этот адрес электронной почты уже используется.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This value is already in use.</source>
        <translation>Это значение уже используется.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This account is already linked to your profile.</source>
        <translation>Этот лицевой счет уже привязан к вашему профилю.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server already received a different request under the same key.</source>
        <translation>Сервер уже получил другой запрос с тем же ключом.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request conflicts with the data on the server.</source>
        <translation>Запрос противоречит данным на сервере.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Please answer the captcha.</source>
        <translation>Введите код с изображения.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The captcha answer is wrong or has expired. Please try a new one.</source>
        <translation>Код с изображения введен неверно или устарел. Попробуйте новый код.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The account details do not match the operator&apos;s records.</source>
        <translation>Данные лицевого счета не совпадают с данными оператора.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server did not accept the value of “%1”.</source>
        <translation>Сервер не принял значение поля «%1».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server did not accept the request.</source>
        <translation>Сервер не принял запрос.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Cannot reach the server. Check the Internet connection and the server address.</source>
        <translation>Нет связи с сервером. Проверьте подключение к интернету и адрес сервера.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The connection to the server broke off. Please try again.</source>
        <translation>Соединение с сервером прервалось. Повторите попытку.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server did not answer in time. Please try again.</source>
        <translation>Сервер не ответил вовремя. Повторите попытку.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The request was cancelled.</source>
        <translation>Запрос отменен.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server could not process the request (error %1). Please try again later.</source>
        <translation>Сервер не смог обработать запрос (ошибка %1). Повторите попытку позже.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Сеанс завершен. Войдите снова.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrong login or password.</source>
        <translation>Неверный логин или пароль.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The link or session is no longer valid. Please sign in again.</source>
        <translation>Ссылка или сеанс больше не действительны. Войдите снова.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The account is not activated yet. Open the link in the activation e-mail.</source>
        <translation>Учетная запись еще не активирована. Перейдите по ссылке из письма для активации.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not found on the server. It may have been removed.</source>
        <translation>На сервере не найдено: возможно, уже удалено.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Too many attempts. Please try again in %n second(s).</source>
        <translation>
            <numerusform>Слишком много попыток. Повторите через %n секунду.</numerusform>
            <numerusform>Слишком много попыток. Повторите через %n секунды.</numerusform>
            <numerusform>Слишком много попыток. Повторите через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many attempts. Please try again later.</source>
        <translation>Слишком много попыток. Повторите попытку позже.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server did not accept the form of the request. The application may need an update.</source>
        <translation>Сервер не принял формат запроса. Возможно, программу нужно обновить.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server&apos;s answer could not be understood. The application may need an update.</source>
        <translation>Не удалось разобрать ответ сервера. Возможно, программу нужно обновить.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server&apos;s answer was too large and was not accepted.</source>
        <translation>Ответ сервера слишком велик и не был принят.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The request to the server failed.</source>
        <translation>Запрос к серверу не выполнен.</translation>
    </message>
</context>
<context>
    <name>AppealEditor</name>
    <message>
        <location filename="../ui/appeals/AppealEditor.cpp" line="+52"/>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What the appeal is about</source>
        <translation>О чем обращение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your question or request to the operator</source>
        <translation>Ваш вопрос или просьба к оператору</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Send the appeal (Ctrl+Enter)</source>
        <translation>Отправить обращение (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Concerning:</source>
        <translation>&amp;Лицевой счет:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;opic:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Te&amp;xt:</source>
        <translation>Те&amp;кст:</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>No particular account</source>
        <translation>Без привязки к лицевому счету</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account No. %1 — %2</source>
        <translation>Л/С № %1 — %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The cabinet&apos;s data is not open yet, so the appeal cannot be saved. Your text is kept: try again in a moment.</source>
        <translation>Данные кабинета еще не открыты, поэтому обращение нельзя сохранить. Ваш текст не потерян: повторите попытку чуть позже.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saving the appeal…</source>
        <translation>Сохранение обращения…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your appeal is saved. It is sent to the operator as soon as the server can be reached; until then the list shows it as waiting to be sent.</source>
        <translation>Обращение сохранено. Оно будет отправлено оператору, как только появится связь с сервером; до тех пор в списке оно отмечено как ожидающее отправки.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The appeal could not be saved (%1). Your text is kept: try again.</source>
        <translation>Не удалось сохранить обращение (%1). Ваш текст не потерян: повторите попытку.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your appeal has been sent to the operator.</source>
        <translation>Обращение отправлено оператору.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server did not accept your appeal: %1 It stays in the list with its text, so that you can correct it and send it again.</source>
        <translation>Сервер не принял обращение: %1 Оно остается в списке вместе с текстом, чтобы его можно было исправить и отправить снова.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 of %2 characters</source>
        <translation>Символов: %1 из %2</translation>
    </message>
</context>
<context>
    <name>AppealListModel</name>
    <message>
        <location filename="../ui/appeals/AppealListModel.cpp" line="+124"/>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+19"/>
        <source>Waiting to be sent</source>
        <translation>Ожидает отправки</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Registered</source>
        <translation>Зарегистрировано</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answered</source>
        <translation>Дан ответ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not accepted by the server</source>
        <translation>Не принято сервером</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not accepted: %1</source>
        <translation>Не принято: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent</source>
        <translation>Не отправлено</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Written</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account</source>
        <translation>Лицевой счет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>AppealRules</name>
    <message>
        <location filename="../sync/protocol/AppealRules.cpp" line="+41"/>
        <source>Enter the topic of the appeal.</source>
        <translation>Укажите тему обращения.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The topic can have at most %1 characters.</source>
        <translation>Тема может содержать не более %1 символов.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write the text of the appeal.</source>
        <translation>Напишите текст обращения.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The text can have at most %1 characters.</source>
        <translation>Текст может содержать не более %1 символов.</translation>
    </message>
</context>
<context>
    <name>AppealStore</name>
    <message>
        <location filename="../sync/store/AppealStore.cpp" line="+67"/>
        <source>An appeal from the server has no server id.</source>
        <translation>У обращения, полученного с сервера, нет серверного идентификатора.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>No such appeal, or it already has another server id.</source>
        <translation>Такого обращения нет, или у него уже другой серверный идентификатор.</translation>
    </message>
</context>
<context>
    <name>AppealsPage</name>
    <message>
        <location filename="../ui/appeals/AppealsPage.cpp" line="+56"/>
        <source>Correct and send again</source>
        <translation>Исправить и отправить снова</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Appeals</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your appeals to the regional operator and its answers. What you write without a connection waits here and is sent as soon as the server can be reached.</source>
        <translation>Ваши обращения к региональному оператору и его ответы. Написанное без связи ждет здесь и отправляется, как только появится связь с сервером.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>You have not written any appeal yet.</source>
        <translation>Вы еще не написали ни одного обращения.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>New appeal</source>
        <translation>Новое обращение</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Choose an appeal in the list to read it and the operator&apos;s answer.</source>
        <translation>Выберите обращение в списке, чтобы прочитать его и ответ оператора.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no particular account</source>
        <translation>без привязки к лицевому счету</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No. %1</source>
        <translation>№ %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Written %1 · Account: %2 · Status: %3</source>
        <translation>Написано %1 · Лицевой счет: %2 · Статус: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This appeal has not reached the server yet. It is sent by itself as soon as the connection is back.</source>
        <translation>Это обращение еще не дошло до сервера. Оно будет отправлено автоматически, как только восстановится связь.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The operator has not received this appeal. Correct it and send it again if you wish.</source>
        <translation>Оператор не получил это обращение. При желании исправьте его и отправьте снова.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The operator&apos;s answer</source>
        <translation>Ответ оператора</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No answer yet.</source>
        <translation>Ответа пока нет.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Answered %1</source>
        <translation>Ответ дан %1</translation>
    </message>
</context>
<context>
    <name>BalanceChart</name>
    <message>
        <location filename="../ui/charts/BalanceChart.cpp" line="+39"/>
        <source>Balance at the end of each period, ₽ (debt above zero)</source>
        <translation>Долг / переплата на конец каждого периода, ₽ (долг — выше нуля)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Balance</source>
        <translation>Долг / переплата</translation>
    </message>
</context>
<context>
    <name>BalanceText</name>
    <message>
        <location filename="../ui/accounts/BalanceText.cpp" line="+10"/>
        <source>Debt %1</source>
        <translation>Долг %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overpayment %1</source>
        <translation>Переплата %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Debt</source>
        <translation>Долг</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overpayment</source>
        <translation>Переплата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No debt</source>
        <translation>Долга нет</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 ₽</source>
        <extracomment>%1 is an amount such as &quot;1 543,10&quot;; ₽ is the rouble sign</extracomment>
        <translation>%1 ₽</translation>
    </message>
</context>
<context>
    <name>BuildingFields</name>
    <message>
        <location filename="../ui/building/BuildingFields.cpp" line="+11"/>
        <source>not given</source>
        <translation>не указано</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 sq. m</source>
        <extracomment>%1 is an area such as &quot;3456,70&quot;</extracomment>
        <translation>%1 кв. м</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Year built</source>
        <translation>Год постройки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Floors</source>
        <translation>Этажность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entrances</source>
        <translation>Количество подъездов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flats</source>
        <translation>Количество квартир</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total area</source>
        <translation>Общая площадь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Living area</source>
        <translation>Жилая площадь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wall material</source>
        <translation>Материал стен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roof</source>
        <translation>Кровля</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utilities</source>
        <translation>Инженерные системы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capital-repair fund is formed</source>
        <translation>Фонд капитального ремонта формируется</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Owners&apos; overpayment</source>
        <translation>Переплата собственников</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owners&apos; debt</source>
        <translation>Задолженность собственников</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Spent beyond payments</source>
        <translation>Израсходовано сверх поступлений</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Charged to all owners</source>
        <translation>Начислено собственникам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid by all owners</source>
        <translation>Оплачено собственниками</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spent on works</source>
        <translation>Израсходовано на работы</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Left for future works</source>
        <translation>Остаток на будущие работы</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>On the regional operator&apos;s account</source>
        <translation>На счете регионального оператора</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On a special account</source>
        <translation>На специальном счете</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 ₽</source>
        <extracomment>%1 is an amount such as &quot;1 543,10&quot;; ₽ is the rouble sign</extracomment>
        <translation>%1 ₽</translation>
    </message>
</context>
<context>
    <name>BuildingPage</name>
    <message>
        <location filename="../ui/building/BuildingPage.cpp" line="+106"/>
        <source>Technical data of the building</source>
        <translation>Технические характеристики МКД</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Personal &amp;account:</source>
        <translation>&amp;Лицевой счет:</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+147"/>
        <source>The house&apos;s fund</source>
        <translation>Фонд капитального ремонта дома</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>The operator has not reported the fund&apos;s figures yet.</source>
        <translation>Оператор еще не сообщил показатели фонда.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No capital-repair work is planned for this house yet.</source>
        <translation>Капитальный ремонт этого дома пока не запланирован.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passport of the building</source>
        <translation>Паспорт дома</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Capital-repair plan</source>
        <translation>План капитального ремонта</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>No personal account is linked yet.</source>
        <translation>Ни один лицевой счет еще не привязан.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The operator has not linked a house to this personal account yet.</source>
        <translation>Оператор еще не привязал дом к этому лицевому счету.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The house&apos;s data has not been received yet; it appears after the next sync.</source>
        <translation>Данные о доме еще не получены; они появятся после следующего обновления.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The house&apos;s fund as of %1</source>
        <translation>Фонд капитального ремонта дома на %1</translation>
    </message>
</context>
<context>
    <name>BuildingStore</name>
    <message>
        <location filename="../sync/store/BuildingStore.cpp" line="+129"/>
        <source>A work belongs to another house than the one being replaced.</source>
        <translation>Работа относится не к тому дому, данные которого заменяются.</translation>
    </message>
</context>
<context>
    <name>CaCertificateFile</name>
    <message>
        <location filename="../sync/net/CaCertificateFile.cpp" line="+22"/>
        <source>not a regular file</source>
        <translation>не обычный файл</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The CA certificate file %1 does not exist.</source>
        <translation>Файл сертификата удостоверяющего центра %1 не существует.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CA certificate file %1 cannot be read.</source>
        <translation>Не удается прочитать файл сертификата удостоверяющего центра %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CA certificate file %1 is too large to be a certificate file.</source>
        <translation>Файл сертификата удостоверяющего центра %1 слишком велик для файла сертификата.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file %1 contains no PEM certificate (&quot;-----BEGIN CERTIFICATE-----&quot;). Give the CA certificate, not its key or a DER file.</source>
        <translation>В файле %1 нет сертификата PEM («-----BEGIN CERTIFICATE-----»). Укажите сертификат удостоверяющего центра, а не его ключ и не файл DER.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file %1 contains a certificate that cannot be decoded.</source>
        <translation>Файл %1 содержит сертификат, который не удается разобрать.</translation>
    </message>
</context>
<context>
    <name>CabinetSession</name>
    <message>
        <location filename="../app/CabinetSession.cpp" line="+258"/>
        <source>Connecting to the server…</source>
        <translation>Подключение к серверу…</translation>
    </message>
</context>
<context>
    <name>CacheOpenError</name>
    <message>
        <location filename="../sync/cache/CacheOpenError.cpp" line="+11"/>
        <source>The local data cannot be decrypted with this key.</source>
        <translation>Локальные данные не удается расшифровать этим ключом.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The SQLite library in use has no encryption support; the local data was not opened so that nothing is written unencrypted.</source>
        <translation>Используемая библиотека SQLite не поддерживает шифрование; локальные данные не открыты, чтобы ничего не записать в незашифрованном виде.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The local data file is not encrypted; it was not opened.</source>
        <translation>Файл локальных данных не зашифрован; он не открыт.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The key of the local data is malformed.</source>
        <translation>Ключ локальных данных поврежден.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The local data file cannot be read or written.</source>
        <translation>Файл локальных данных не удается прочитать или записать.</translation>
    </message>
</context>
<context>
    <name>CacheReader</name>
    <message>
        <location filename="../ui/cache/CacheReader.cpp" line="+47"/>
        <source>The saved data cannot be opened.</source>
        <translation>Не удается открыть сохраненные данные.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The saved data cannot be read.</source>
        <translation>Не удается прочитать сохраненные данные.</translation>
    </message>
</context>
<context>
    <name>CacheSchema</name>
    <message>
        <location filename="../sync/store/CacheSchema.cpp" line="+329"/>
        <source>The local data was saved by a newer version of Kabinet. Update Kabinet to use it.</source>
        <translation>Локальные данные сохранены более новой версией программы «Кабинет». Обновите программу, чтобы открыть их.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The local data cannot be converted to the requested version.</source>
        <translation>Локальные данные нельзя преобразовать в запрошенную версию.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The local data could not be updated.</source>
        <translation>Не удалось обновить локальные данные.</translation>
    </message>
</context>
<context>
    <name>CacheVault</name>
    <message>
        <location filename="../sync/cache/CacheVault.cpp" line="+225"/>
        <source>There is no saved data for this user on this computer.</source>
        <translation>На этом компьютере нет сохраненных данных этого пользователя.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The key of the saved data is not remembered.</source>
        <translation>Ключ сохраненных данных не запомнен.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system keychain is not available.</source>
        <translation>Системное хранилище паролей недоступно.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password is wrong.</source>
        <translation>Неверный пароль.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key file of the saved data is damaged or from a newer Kabinet.</source>
        <translation>Файл ключа сохраненных данных поврежден или записан более новой версией программы «Кабинет».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The saved data cannot be read or written.</source>
        <translation>Сохраненные данные не удается прочитать или записать.</translation>
    </message>
</context>
<context>
    <name>CachedDocumentExport</name>
    <message>
        <location filename="../app/CachedDocumentExport.cpp" line="+45"/>
        <source>No user is remembered on this computer: sign in once in the window with &quot;Remember&quot; ticked.</source>
        <translation>На этом компьютере нет запомненного пользователя: один раз войдите в окне с установленным флажком «Запомнить?».</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>There is no saved data of the remembered user on this computer: sign in once in the window.</source>
        <translation>На этом компьютере нет сохраненных данных запомненного пользователя: один раз войдите в окне.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The key of the saved data is not in the system keychain: sign in once in the window with &quot;Remember&quot; ticked.</source>
        <translation>Ключа сохраненных данных нет в системном хранилище паролей: один раз войдите в окне с установленным флажком «Запомнить?».</translation>
    </message>
</context>
<context>
    <name>CaptchaField</name>
    <message>
        <location filename="../ui/widgets/CaptchaField.cpp" line="+27"/>
        <source>Load a new code</source>
        <translation>Загрузить новый код</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Code from the picture</source>
        <translation>Код с изображения</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The picture could not be loaded.</source>
        <translation>Не удалось загрузить изображение.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../ui/profile/ChangePasswordDialog.cpp" line="+32"/>
        <location line="+29"/>
        <source>Change password</source>
        <translation>Смена пароля</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Current password *</source>
        <translation>Текущий пароль *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password *</source>
        <translation>Новый пароль *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password confirmation *</source>
        <translation>Подтверждение пароля *</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From %1 to %2 Latin letters, digits and the characters %3</source>
        <translation>От %1 до %2 латинских букв, цифр и символов %3</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Enter your current password.</source>
        <translation>Введите текущий пароль.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The password was changed, but the data saved on this computer is still locked with the old password: %1</source>
        <translation>Пароль изменен, но данные, сохраненные на этом компьютере, по-прежнему защищены старым паролем: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The current password is wrong.</source>
        <translation>Неверный текущий пароль.</translation>
    </message>
</context>
<context>
    <name>ChargeHistoryModel</name>
    <message>
        <location filename="../ui/charges/ChargeHistoryModel.cpp" line="+135"/>
        <source>TOTAL</source>
        <translation>ИТОГО</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total for %1</source>
        <translation>Итого за %1</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation>Единица измерения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Area</source>
        <translation>Площадь</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contribution rate</source>
        <translation>Размер взноса</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Base charge</source>
        <translation>Базовое начисление</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recalculations</source>
        <translation>Перерасчеты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adjusted charge</source>
        <translation>Скорректированное начисление</translation>
    </message>
</context>
<context>
    <name>ChargeStore</name>
    <message>
        <location filename="../sync/store/ChargeStore.cpp" line="+45"/>
        <source>A row belongs to another account or period than the range being replaced.</source>
        <translation>Строка относится к другому лицевому счету или периоду, чем заменяемый диапазон.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The period range is not valid.</source>
        <translation>Недопустимый диапазон периодов.</translation>
    </message>
</context>
<context>
    <name>ChargeTableModel</name>
    <message>
        <location filename="../ui/accounts/ChargeTableModel.cpp" line="+109"/>
        <source>TOTAL</source>
        <translation>ИТОГО</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation>Единица измерения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Area</source>
        <translation>Площадь</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contribution rate</source>
        <translation>Размер взноса</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charged</source>
        <translation>Начислено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recalculation</source>
        <translation>Перерасчет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total charged</source>
        <translation>Итого начислено</translation>
    </message>
</context>
<context>
    <name>ChargesPage</name>
    <message>
        <location filename="../ui/charges/ChargesPage.cpp" line="+37"/>
        <source>%1 ₽</source>
        <extracomment>%1 is an amount such as &quot;1 543,10&quot;; ₽ is the rouble sign</extracomment>
        <translation>%1 ₽</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Charges</source>
        <translation>Начисления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the period has not been closed by your accountant (for example, the month is not over yet), the charges will not be shown.</source>
        <translation>Если период не закрыт вашим бухгалтером (например, месяц еще не окончился), то начисления не будут отображены.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recalculations for the current and past periods</source>
        <translation>Перерасчеты за текущий и прошлые периоды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No recalculations in the chosen periods.</source>
        <translation>За выбранные периоды перерасчетов нет.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No charges in the chosen periods.</source>
        <translation>За выбранные периоды начислений нет.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>For %1 – %2: base charge &lt;b&gt;%3&lt;/b&gt;, recalculations &lt;b&gt;%4&lt;/b&gt; (for the current periods %5, for past periods %6), adjusted charge &lt;b&gt;%7&lt;/b&gt;.</source>
        <translation>За %1 – %2: базовое начисление &lt;b&gt;%3&lt;/b&gt;, перерасчеты &lt;b&gt;%4&lt;/b&gt; (за текущие периоды %5, за прошлые периоды %6), скорректированное начисление &lt;b&gt;%7&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>For %1 – %2: base charge &lt;b&gt;%3&lt;/b&gt;, recalculations &lt;b&gt;%4&lt;/b&gt;, adjusted charge &lt;b&gt;%5&lt;/b&gt;.</source>
        <translation>За %1 – %2: базовое начисление &lt;b&gt;%3&lt;/b&gt;, перерасчеты &lt;b&gt;%4&lt;/b&gt;, скорректированное начисление &lt;b&gt;%5&lt;/b&gt;.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/CommandLine.cpp" line="+63"/>
        <source>Show this help and exit.</source>
        <translation>Показать эту справку и выйти.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the version and exit.</source>
        <translation>Показать версию и выйти.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in, bring the saved data up to date and exit, with no window: see the exit codes above. Needs --server and --user.</source>
        <translation>Войти, обновить сохраненные данные и выйти, без окна: коды завершения см. выше. Нужны --server и --user.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in, render each screen of the window to a PNG file in DIR and exit (works with no display: QT_QPA_PLATFORM=offscreen). Needs --server; signs in as the demo data&apos;s user demo unless --user is given.</source>
        <translation>Войти, сохранить каждый экран окна в файл PNG в папке DIR и выйти (работает и без дисплея: QT_QPA_PLATFORM=offscreen). Нужен --server; без --user входит как пользователь demo из демонстрационных данных.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The operator&apos;s server, an https URL. The window remembers it for the next start.</source>
        <translation>Сервер оператора, адрес https. Окно запоминает его для следующего запуска.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also trust the CA certificates in this PEM file, e.g. the development CA of kabinet-portal --dev-tls. The window remembers it with the server.</source>
        <translation>Доверять также сертификатам удостоверяющих центров из этого файла PEM, например тестовому центру kabinet-portal --dev-tls. Окно запоминает его вместе с сервером.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+43"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>The login to sign in with (with --sync or --screenshots).</source>
        <translation>Логин для входа (с --sync или --screenshots).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LOGIN</source>
        <translation>LOGIN</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the password from the first line of standard input (with --sync or --screenshots); on a terminal it is asked for without echo. Without this option --sync uses the session remembered by an earlier --remember (or by the window&apos;s &quot;Remember&quot; box).</source>
        <translation>Прочитать пароль из первой строки стандартного ввода (с --sync или --screenshots); в терминале он запрашивается без отображения. Без этого параметра --sync использует сеанс, запомненный ранее с --remember (или флажком «Запомнить?» в окне).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remember the session in the system keychain, so that later runs need no password. Signing in with --password-stdin but without --remember forgets a session remembered before.</source>
        <translation>Запомнить сеанс в системном хранилище паролей, чтобы следующим запускам не был нужен пароль. Вход с --password-stdin без --remember забывает запомненный ранее сеанс.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The language of the window and the messages: ru (Russian) or en (English), instead of the system&apos;s or the one chosen in the settings.</source>
        <translation>Язык окна и сообщений: ru (русский) или en (английский) вместо системного или выбранного в настройках.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run as a public kiosk: full screen, nothing kept after sign-out, sign-out when idle; see docs/kiosk.md. Also with Enabled=true in the kiosk&apos;s settings file (/etc/xdg/kabinet/kiosk.conf, or the file named by KABINET_KIOSK_CONFIG).</source>
        <translation>Работать как общедоступный киоск: во весь экран, после выхода ничего не сохраняется, выход при бездействии; см. docs/kiosk.md. Включается также параметром Enabled=true в файле настроек киоска (/etc/xdg/kabinet/kiosk.conf или файл, указанный в KABINET_KIOSK_CONFIG).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read a PIN from standard input and print its salted hash for PinHash= in the kiosk&apos;s settings file, then exit.</source>
        <translation>Прочитать PIN-код со стандартного ввода, напечатать его хеш с солью для PinHash= в файле настроек киоска и выйти.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the receipt of a closed period of this account of the remembered user to a PDF file and exit, with no window, from the saved data alone (no network): see the exit codes above. Needs --period and --out.</source>
        <translation>Записать квитанцию за закрытый период этого лицевого счета запомненного пользователя в файл PDF и выйти, без окна, только по сохраненным данным (без сети): коды завершения см. выше. Нужны --period и --out.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>ACCOUNT</source>
        <translation>ACCOUNT</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>The closed period of the document (with --export-receipt).</source>
        <translation>Закрытый период документа (с --export-receipt).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <location line="+2"/>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Write the statement of this account of the remembered user (or of all of them: all) over the periods --from … --to to a PDF or CSV file (by the suffix of --out) and exit, with no window, from the saved data alone (no network): see the exit codes above.</source>
        <translation>Записать выписку по этому лицевому счету запомненного пользователя (или по всем его лицевым счетам: all) за периоды --from … --to в файл PDF или CSV (по расширению файла --out) и выйти, без окна, только по сохраненным данным (без сети): коды завершения см. выше.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The first period of the statement (with --export-statement).</source>
        <translation>Первый период выписки (с --export-statement).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last period of the statement (with --export-statement).</source>
        <translation>Последний период выписки (с --export-statement).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file to write (with --export-receipt or --export-statement).</source>
        <translation>Файл для записи (с --export-receipt или --export-statement).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Personal cabinet of a capital-repair contributions payer.</source>
        <translation>Личный кабинет плательщика взносов на капитальный ремонт.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kabinet --sync --server URL [--ca FILE] --user LOGIN [--password-stdin] [--remember]
updates the same saved data the window shows and prints one line:
  synced accounts=N periods=N payments=N bytes=N seconds=S
(what this sync brought: account cards, charge periods, payments, bytes received,
and its duration). Exit codes of --sync:
  0  done
  1  another failure
  2  wrong command line, or no password on standard input
  3  the server refused the sign-in (wrong login or password, account not
     activated, captcha required)
  4  a password is needed: no remembered session, or it has ended
  5  offline: the server cannot be reached
  6  the server&apos;s certificate is not trusted, or the --ca file cannot be used
  7  the server failed, is busy or sent an answer Kabinet cannot read
  8  the saved data cannot be unlocked, opened or written (nothing is deleted)</source>
        <translation>kabinet --sync --server URL [--ca FILE] --user LOGIN [--password-stdin] [--remember]
обновляет те же сохраненные данные, что показывает окно, и печатает одну строку:
  synced accounts=N periods=N payments=N bytes=N seconds=S
(что принесло это обновление: карточки лицевых счетов, периоды начислений, платежи,
полученные байты и его длительность). Коды завершения --sync:
  0  готово
  1  другая ошибка
  2  неверная командная строка или нет пароля на стандартном вводе
  3  сервер отказал во входе (неверный логин или пароль, учетная запись
     не активирована, требуется код с изображения)
  4  нужен пароль: нет запомненного сеанса, или он завершен
  5  нет связи: сервер недоступен
  6  сертификат сервера не вызывает доверия, или файл --ca нельзя использовать
  7  сбой сервера, сервер занят или прислал ответ, который Kabinet не может прочитать
  8  сохраненные данные нельзя разблокировать, открыть или записать (ничего не удалено)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>kabinet --export-receipt ACCOUNT --period YYYY-MM --out FILE.pdf
writes the receipt of a closed period of an account of the user the window
remembers, from the saved data alone, and prints the file&apos;s path. Exit codes:
  0  done
  1  another failure
  2  wrong command line
  4  no user is remembered, or the key of the saved data is not in the keychain
  8  the saved data cannot be unlocked, opened or read
  9  no such account, the period is not closed, or the saved data lack the payee
 10  the output file cannot be written</source>
        <translation>kabinet --export-receipt ACCOUNT --period YYYY-MM --out FILE.pdf
записывает квитанцию за закрытый период лицевого счета пользователя, которого
запомнило окно, только по сохраненным данным и печатает путь к файлу. Коды завершения:
  0  готово
  1  другая ошибка
  2  неверная командная строка
  4  нет запомненного пользователя, или ключа сохраненных данных нет в хранилище паролей
  8  сохраненные данные нельзя разблокировать, открыть или прочитать
  9  нет такого лицевого счета, период не закрыт, или в сохраненных данных нет получателя платежа
 10  выходной файл нельзя записать</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Try &apos;%1 --help&apos; for more information.</source>
        <translation>Подробности: «%1 --help».</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>%1 goes with neither --sync, --screenshots nor --kiosk.</source>
        <translation>%1 нельзя указывать вместе с --sync, --screenshots или --kiosk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--export-receipt and --export-statement cannot go together.</source>
        <translation>--export-receipt и --export-statement нельзя указывать вместе.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--%1 does not go with this mode.</source>
        <translation>--%1 не указывается в этом режиме.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--%1 does not go with %2: it uses the remembered user&apos;s saved data.</source>
        <translation>--%1 нельзя указывать вместе с %2: этот режим использует сохраненные данные запомненного пользователя.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 needs the account number: %1 ACCOUNT.</source>
        <translation>Для %1 нужен номер лицевого счета: %1 ACCOUNT.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 needs --%2 YYYY-MM.</source>
        <translation>Для %1 нужен --%2 YYYY-MM.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The period must be written YYYY-MM, e.g. 2024-09: %1</source>
        <translation>Период должен быть записан в виде YYYY-MM, например 2024-09: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--to comes before --from: %1 … %2.</source>
        <translation>Период --to раньше периода --from: %1 … %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 needs the file to write: --out FILE.</source>
        <translation>Для %1 нужен файл для записи: --out FILE.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unexpected argument: %1</source>
        <translation>Лишний аргумент: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--sync and --screenshots cannot go together.</source>
        <translation>--sync и --screenshots нельзя указывать вместе.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--kiosk goes with neither --sync, --screenshots nor --kiosk-pin-hash.</source>
        <translation>--kiosk нельзя указывать вместе с --sync, --screenshots или --kiosk-pin-hash.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--kiosk-pin-hash goes alone.</source>
        <translation>--kiosk-pin-hash указывается без других параметров.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--remember goes with --sync only.</source>
        <translation>--remember указывается только с --sync.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--%1 goes with --sync or --screenshots only.</source>
        <translation>--%1 указывается только с --sync или --screenshots.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--lang takes ru or en, not &quot;%1&quot;.</source>
        <translation>--lang принимает ru или en, а не «%1».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--sync needs the server: --server URL.</source>
        <translation>Для --sync нужен сервер: --server URL.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--screenshots needs the server: --server URL.</source>
        <translation>Для --screenshots нужен сервер: --server URL.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--screenshots needs a folder: --screenshots DIR.</source>
        <translation>Для --screenshots нужна папка: --screenshots DIR.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server must be an https URL with a host, e.g. https://portal.example.ru: %1</source>
        <translation>Сервер должен быть адресом https с именем узла, например https://portal.example.ru: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--sync needs the login: --user LOGIN.</source>
        <translation>Для --sync нужен логин: --user LOGIN.</translation>
    </message>
</context>
<context>
    <name>CopyableTableView</name>
    <message>
        <location filename="../ui/widgets/CopyableTableView.cpp" line="+18"/>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
</context>
<context>
    <name>DeleteUserDialog</name>
    <message>
        <location filename="../ui/profile/DeleteUserDialog.cpp" line="+23"/>
        <location line="+21"/>
        <source>Delete user</source>
        <translation>Удаление учетной записи</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Delete the user &lt;b&gt;%1&lt;/b&gt;?</source>
        <translation>Удалить учетную запись &lt;b&gt;%1&lt;/b&gt;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The user is deleted from the portal: every personal account is unlinked from it and every session ends. Everything saved on this computer for this user is removed too: the saved data of the accounts, its key and the remembered sign-in. This cannot be undone; the accounts can later be linked to another user.</source>
        <translation>Учетная запись будет удалена с портала: все лицевые счета будут отвязаны от нее, все сеансы завершатся. Все, что сохранено на этом компьютере для этой учетной записи, тоже будет удалено: сохраненные данные лицевых счетов, их ключ и запомненный вход. Это действие нельзя отменить; позже лицевые счета можно привязать к другой учетной записи.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your password *</source>
        <translation>Ваш пароль *</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Enter your password to confirm.</source>
        <translation>Введите пароль для подтверждения.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The password is wrong.</source>
        <translation>Неверный пароль.</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <location filename="../app/DesktopApp.cpp" line="+101"/>
        <source>The server must be an https:// address: %1</source>
        <translation>Адрес сервера должен начинаться с https://: %1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Kabinet — sign in</source>
        <translation>Кабинет — вход</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Settings…</source>
        <translation>Настройки…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No operator&apos;s server is configured, so you cannot sign in yet. Enter the address your operator gave you in «Settings…», or start Kabinet once with it: kabinet --server https://… (and --ca FILE when the operator uses a certificate of its own); it is remembered.</source>
        <translation>Сервер оператора не задан, поэтому войти пока нельзя. Укажите адрес, который вам сообщил оператор, в окне «Настройки…» или один раз запустите программу с ним: kabinet --server https://… (и --ca FILE, если оператор использует собственный сертификат); адрес будет запомнен.</translation>
    </message>
    <message>
        <location line="+136"/>
        <location line="+149"/>
        <source>Kabinet</source>
        <translation>Кабинет</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>The saved data cannot be opened: %1</source>
        <translation>Не удается открыть сохраненные данные: %1</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>The data was opened without the network. To connect to the server, sign in with your password. What waits to be sent stays saved and goes once you are signed in.</source>
        <translation>Данные открыты без подключения к сети. Чтобы подключиться к серверу, войдите с паролем. То, что ожидает отправки, сохранено и будет отправлено после входа.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
</context>
<context>
    <name>FieldTableModel</name>
    <message>
        <location filename="../ui/building/FieldTableModel.cpp" line="+69"/>
        <source>Parameter</source>
        <translation>Параметр</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
</context>
<context>
    <name>FileWriter</name>
    <message>
        <location filename="../ui/printing/FileWriter.cpp" line="+17"/>
        <location line="+2"/>
        <source>Could not write %1: %2</source>
        <extracomment>%1 is a file&apos;s path, %2 the system&apos;s reason</extracomment>
        <translation>Не удалось записать %1: %2</translation>
    </message>
</context>
<context>
    <name>HeadlessSync</name>
    <message>
        <location filename="../app/HeadlessSync.cpp" line="+75"/>
        <source>Password for %1: </source>
        <translation>Пароль для %1: </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--password-stdin was given, but standard input ended without a password.</source>
        <translation>Указан --password-stdin, но стандартный ввод закончился без пароля.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password read from standard input is empty.</source>
        <translation>Пароль, прочитанный со стандартного ввода, пуст.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The server refused the login or the password.</source>
        <translation>Сервер не принял логин или пароль.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>After failed sign-ins the server asks for a captcha: sign in once in the window, then run again.</source>
        <translation>После неудачных попыток входа сервер требует код с изображения: войдите один раз в окне, затем запустите снова.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No session of %1 is remembered for this server: give the password with --password-stdin (and --remember to keep the session).</source>
        <translation>Для этого сервера нет запомненного сеанса пользователя %1: передайте пароль через --password-stdin (и --remember, чтобы сохранить сеанс).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The remembered session has ended: sign in again with --password-stdin.</source>
        <translation>Запомненный сеанс завершен: войдите снова с --password-stdin.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The session could not be remembered: the system keychain is not available.</source>
        <translation>Не удалось запомнить сеанс: системное хранилище паролей недоступно.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>There is no saved data of %1 on this computer yet: sign in once with --password-stdin to create it.</source>
        <translation>На этом компьютере еще нет сохраненных данных пользователя %1: войдите один раз с --password-stdin, чтобы создать их.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The key of the saved data is not in the system keychain: give the password with --password-stdin.</source>
        <translation>Ключа сохраненных данных нет в системном хранилище паролей: передайте пароль через --password-stdin.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The password does not open the saved data on this computer (it was changed since they were saved): open them once in the window with the old password.</source>
        <translation>Пароль не открывает сохраненные на этом компьютере данные (он изменился после их сохранения): откройте их один раз в окне со старым паролем.</translation>
    </message>
</context>
<context>
    <name>HistoryRange</name>
    <message>
        <location filename="../ui/charges/HistoryRange.cpp" line="+60"/>
        <source>No period is closed yet.</source>
        <translation>Ни один период еще не закрыт.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The periods after %1 are not closed yet and are not shown.</source>
        <extracomment>%1 is the last closed period, e.g. &quot;сентябрь 2024&quot;</extracomment>
        <translation>Последний закрытый период — %1; более поздние еще не закрыты и не показаны.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The last closed period is %1.</source>
        <extracomment>%1 is a period, e.g. &quot;сентябрь 2024&quot;</extracomment>
        <translation>Последний закрытый период — %1.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../ui/accounts/HomePage.cpp" line="+19"/>
        <source>Home</source>
        <translation>Главная</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All your personal accounts with the debt (or overpayment) of each. Open an account to see its charges.</source>
        <translation>Все ваши лицевые счета и сумма долга (или переплаты) по каждому из них. Откройте лицевой счет, чтобы увидеть начисления.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No personal account is linked to your cabinet yet. Use &quot;Add personal account&quot; at the top to link one.</source>
        <translation>К вашему кабинету еще не привязан ни один лицевой счет. Чтобы привязать его, нажмите «Добавить лицевой счет» вверху окна.</translation>
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
            <numerusform>Экрана давно никто не касался.
Выход будет выполнен через %n секунду.
Коснитесь экрана, чтобы остаться в кабинете.</numerusform>
            <numerusform>Экрана давно никто не касался.
Выход будет выполнен через %n секунды.
Коснитесь экрана, чтобы остаться в кабинете.</numerusform>
            <numerusform>Экрана давно никто не касался.
Выход будет выполнен через %n секунд.
Коснитесь экрана, чтобы остаться в кабинете.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>No one has touched the screen for a while.
The form will be cleared in %n second(s).
Touch the screen to go on.</source>
        <translation>
            <numerusform>Экрана давно никто не касался.
Форма будет очищена через %n секунду.
Коснитесь экрана, чтобы продолжить.</numerusform>
            <numerusform>Экрана давно никто не касался.
Форма будет очищена через %n секунды.
Коснитесь экрана, чтобы продолжить.</numerusform>
            <numerusform>Экрана давно никто не касался.
Форма будет очищена через %n секунд.
Коснитесь экрана, чтобы продолжить.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonError</name>
    <message>
        <location filename="../sync/protocol/json/JsonError.cpp" line="+25"/>
        <source>The body is not valid JSON.</source>
        <translation>Тело сообщения не является корректным JSON.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The body is not a JSON object.</source>
        <translation>Тело сообщения не является объектом JSON.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The field &quot;%1&quot; is missing.</source>
        <translation>Нет поля «%1».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The field &quot;%1&quot; has the wrong type.</source>
        <translation>У поля «%1» неверный тип.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The field &quot;%1&quot; must be a whole number.</source>
        <translation>Поле «%1» должно быть целым числом.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The number in &quot;%1&quot; is out of range.</source>
        <translation>Число в поле «%1» вне допустимого диапазона.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The field &quot;%1&quot; must be a month such as 2014-09.</source>
        <translation>Поле «%1» должно быть месяцем, например 2014-09.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The field &quot;%1&quot; must be a date such as 2014-09-25.</source>
        <translation>Поле «%1» должно быть датой, например 2014-09-25.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The field &quot;%1&quot; must be a UTC time such as 2014-09-25T10:15:00Z.</source>
        <translation>Поле «%1» должно быть временем UTC, например 2014-09-25T10:15:00Z.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The value of &quot;%1&quot; is not known.</source>
        <translation>Неизвестное значение поля «%1».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The field &quot;%1&quot; is not a valid address.</source>
        <translation>Поле «%1» не является допустимым адресом.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The field &quot;%1&quot; contradicts the other fields.</source>
        <translation>Поле «%1» противоречит другим полям.</translation>
    </message>
</context>
<context>
    <name>KeyFile</name>
    <message>
        <location filename="../sync/keys/KeyFile.cpp" line="+40"/>
        <source>Not a regular file.</source>
        <translation>Это не обычный файл.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>No error.</source>
        <translation>Ошибок нет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key file does not exist.</source>
        <translation>Файл ключа не существует.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key file could not be read.</source>
        <translation>Не удалось прочитать файл ключа.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key file could not be written.</source>
        <translation>Не удалось записать файл ключа.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key file is too large to be a Kabinet key file.</source>
        <translation>Файл ключа слишком велик для файла ключа программы «Кабинет».</translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <location filename="../sync/keys/Keychain.cpp" line="+139"/>
        <source>Done.</source>
        <translation>Готово.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The keychain holds no such entry.</source>
        <translation>В хранилище паролей нет такой записи.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The system keychain is not available.</source>
        <translation>Системное хранилище паролей недоступно.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access to the keychain was refused.</source>
        <translation>В доступе к хранилищу паролей отказано.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The keychain operation failed.</source>
        <translation>Операция с хранилищем паролей не удалась.</translation>
    </message>
</context>
<context>
    <name>KioskExitDialog</name>
    <message>
        <location filename="../app/KioskExitDialog.cpp" line="+17"/>
        <source>Leave the kiosk</source>
        <translation>Выход из режима киоска</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Leave</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For the administrator: the PIN of this kiosk.</source>
        <translation>Для администратора: PIN-код этого киоска.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No PIN is set in the kiosk&apos;s settings file: the kiosk cannot be left this way.</source>
        <translation>В файле настроек киоска не задан PIN-код: выйти из режима киоска таким способом нельзя.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Wrong PIN.</source>
        <translation>Неверный PIN-код.</translation>
    </message>
</context>
<context>
    <name>LinkAccountDialog</name>
    <message>
        <location filename="../ui/link/LinkAccountDialog.cpp" line="+61"/>
        <source>Add personal account</source>
        <translation>Добавить лицевой счет</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Adding a personal account</source>
        <translation>Добавление лицевого счета</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>City/District *</source>
        <translation>Город/Район *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settlement *</source>
        <translation>Населенный пункт *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street *</source>
        <translation>Улица *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>House *</source>
        <translation>Дом *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flat *</source>
        <translation>Квартира *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal account *</source>
        <translation>Лицевой счет *</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Payment date *</source>
        <translation>Дата платежа *</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>If you paid 123 roubles 45 kopecks, enter 123,45</source>
        <translation>Если вы заплатили 123 рубля 45 копеек, необходимо ввести 123,45</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment sum *</source>
        <translation>Сумма платежа *</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the code from the picture</source>
        <translation>Введите код с рисунка</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Enter the date and sum of your last payment:</source>
        <translation>Укажите дату и сумму последнего платежа:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The confirmation is needed to check that you are the responsible payer of this personal account:</source>
        <translation>Подтверждение требуется для проверки, что вы являетесь ответственным плательщиком по данному л/с:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>* – required fields</source>
        <translation>* – поля, обязательные для заполнения</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Choose the city or district from the list.</source>
        <translation>Выберите город или район из списка.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the settlement from the list.</source>
        <translation>Выберите населенный пункт из списка.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the street from the list.</source>
        <translation>Выберите улицу из списка.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the house from the list.</source>
        <translation>Выберите дом из списка.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the flat from the list.</source>
        <translation>Выберите квартиру из списка.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter the number of the personal account, as on your receipt.</source>
        <translation>Введите номер лицевого счета, как в вашей квитанции.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The number of a personal account has at most %n character(s).</source>
        <translation>
            <numerusform>Номер лицевого счета содержит не более %n символа.</numerusform>
            <numerusform>Номер лицевого счета содержит не более %n символов.</numerusform>
            <numerusform>Номер лицевого счета содержит не более %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the date of your last payment.</source>
        <translation>Выберите дату последнего платежа.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The sum of the payment must be greater than zero.</source>
        <translation>Сумма платежа должна быть больше нуля.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wait for the picture to load, or load a new code.</source>
        <translation>Дождитесь загрузки изображения или загрузите новый код.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the code from the picture.</source>
        <translation>Введите код с рисунка.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>No personal account matches these details. Check the address, the number of the account and the date and sum of your last payment: they must be exactly as in the operator&apos;s records.</source>
        <translation>Лицевой счет с такими данными не найден. Проверьте адрес, номер лицевого счета, дату и сумму последнего платежа: они должны в точности совпадать с данными оператора.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The code did not match the picture. Enter the code from the new picture.</source>
        <translation>Код не совпадает с изображением. Введите код с нового рисунка.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This personal account is already linked to your cabinet.</source>
        <translation>Этот лицевой счет уже привязан к вашему кабинету.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Too many unsuccessful attempts. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Слишком много неудачных попыток. Повторите через %n минуту.</numerusform>
            <numerusform>Слишком много неудачных попыток. Повторите через %n минуты.</numerusform>
            <numerusform>Слишком много неудачных попыток. Повторите через %n минут.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoginOutcome</name>
    <message>
        <location filename="../sync/session/LoginOutcome.cpp" line="+117"/>
        <source>Signed in.</source>
        <translation>Вход выполнен.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong login or password.</source>
        <translation>Неверный логин или пароль.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The account is not activated yet. Open the link in the e-mail we sent you.</source>
        <translation>Учетная запись еще не активирована. Перейдите по ссылке из письма, которое мы вам отправили.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the characters shown in the picture.</source>
        <translation>Введите символы с изображения.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The characters from the picture were entered wrongly. Try the new picture.</source>
        <translation>Символы с изображения введены неверно. Попробуйте новое изображение.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the login and the password.</source>
        <translation>Проверьте логин и пароль.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Too many attempts. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Слишком много попыток. Повторите через %n минуту.</numerusform>
            <numerusform>Слишком много попыток. Повторите через %n минуты.</numerusform>
            <numerusform>Слишком много попыток. Повторите через %n минут.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many attempts. Try again later.</source>
        <translation>Слишком много попыток. Повторите позже.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in with your login and password.</source>
        <translation>Войдите, указав логин и пароль.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your session has ended. Sign in again.</source>
        <translation>Сеанс завершен. Войдите снова.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server cannot be reached. You can open your saved data offline.</source>
        <translation>Сервер недоступен. Сохраненные данные можно открыть без сети.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s certificate is not trusted. You can open your saved data offline.</source>
        <translation>Сертификат сервера не вызывает доверия. Сохраненные данные можно открыть без сети.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server is not working properly. You can open your saved data offline.</source>
        <translation>Сервер работает с ошибками. Сохраненные данные можно открыть без сети.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signing in was cancelled.</source>
        <translation>Вход отменен.</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../ui/login/LoginPage.cpp" line="+50"/>
        <source>&amp;Remember me?</source>
        <translation>&amp;Запомнить?</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+260"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Войти</translation>
    </message>
    <message>
        <location line="-258"/>
        <source>Send the e-mail again</source>
        <translation>Отправить письмо еще раз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in without network</source>
        <translation>Войти без сети</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The account name (login) given at registration</source>
        <translation>Имя учетной записи (логин), которое было указано при регистрации</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secret set of characters entered at registration</source>
        <translation>Секретный набор символов, который был введен при регистрации</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick it to keep the sign-in, so that the password need not be entered every time</source>
        <translation>Установив флажок, можно сохранить вход, чтобы не вводить пароль каждый раз при входе</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Enter your user name and password or &lt;a href=&quot;register&quot;&gt;register&lt;/a&gt;.</source>
        <translation>Введите имя пользователя и пароль или &lt;a href=&quot;register&quot;&gt;зарегистрируйтесь&lt;/a&gt;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;a href=&quot;reset&quot;&gt;Forgot your password?&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;reset&quot;&gt;Забыли пароль?&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Code from the picture:</source>
        <translation>&amp;Код с изображения</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Enter the code from the picture.</source>
        <translation>Введите код с изображения.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Please wait: the previous sign-in has not finished yet.</source>
        <translation>Подождите: предыдущая попытка входа еще не завершена.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>The activation e-mail is sent again to the address given at registration (at most one a minute). Open its link, then sign in.</source>
        <translation>Письмо для активации повторно отправлено на адрес, указанный при регистрации (не чаще одного раза в минуту). Перейдите по ссылке из письма, затем войдите.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Signing in…</source>
        <translation>Вход…</translation>
    </message>
</context>
<context>
    <name>MainSection</name>
    <message>
        <location filename="../ui/main/MainSection.cpp" line="+9"/>
        <source>Home</source>
        <translation>Главная</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charges</source>
        <translation>Начисления</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payments</source>
        <translation>Платежи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Technical data of the building</source>
        <translation>Технические характеристики МКД</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organizations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>News</source>
        <translation>Новости</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appeals</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meter readings</source>
        <translation>Показания</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My profile</source>
        <translation>Мой профиль</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign out</source>
        <translation>Выход</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="+61"/>
        <location line="+53"/>
        <source>Consumer&apos;s personal cabinet</source>
        <translation>Личный кабинет потребителя</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add personal account</source>
        <translation>Добавить лицевой счет</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Settings…</source>
        <translation>Настройки…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign out</source>
        <translation>Выход</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+11"/>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>%1 (%2)</source>
        <extracomment>A section&apos;s title with how many items in it are new, e.g. &quot;News (2)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Hello!</source>
        <translation>Здравствуйте!</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hello, &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Здравствуйте, &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>MeterListModel</name>
    <message>
        <location filename="../ui/meters/MeterListModel.cpp" line="+56"/>
        <source>A reading is waiting to be sent</source>
        <translation>Показание ожидает отправки</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n reading(s) waiting to be sent</source>
        <translation>
            <numerusform>%n показание ждет отправки</numerusform>
            <numerusform>%n показания ждут отправки</numerusform>
            <numerusform>%n показаний ждут отправки</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last reading entered was not accepted</source>
        <translation>Последнее введенное показание не принято</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>none yet</source>
        <translation>пока нет</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serial number</source>
        <translation>Заводской номер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last reading</source>
        <translation>Последнее показание</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taken on</source>
        <translation>Дата снятия</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
</context>
<context>
    <name>MeterReadingCheck</name>
    <message>
        <location filename="../sync/protocol/MeterReadingCheck.cpp" line="+72"/>
        <source>A reading cannot be negative.</source>
        <translation>Показание не может быть отрицательным.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reading is below the last one.</source>
        <translation>Показание меньше предыдущего.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reading is more than %1 units above the last one.</source>
        <translation>Показание больше предыдущего более чем на %1 ед.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The date is not a valid date.</source>
        <translation>Недопустимая дата.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The date is in the future.</source>
        <translation>Дата еще не наступила.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The date is before the last reading.</source>
        <translation>Дата раньше даты предыдущего показания.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The meter already has a reading of that date.</source>
        <translation>У прибора учета уже есть показание на эту дату.</translation>
    </message>
</context>
<context>
    <name>MeterReadingEditor</name>
    <message>
        <location filename="../ui/meters/MeterReadingEditor.cpp" line="+27"/>
        <source>Send reading</source>
        <translation>Передать показание</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>e.g. 123,456</source>
        <translation>например, 123,456</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Taken on:</source>
        <translation>Дата снятия:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading:</source>
        <translation>Показание:</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>&lt;b&gt;%1&lt;/b&gt;, No. %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, № %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a meter in the list.</source>
        <translation>Выберите прибор учета в списке.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>This is the meter&apos;s first reading.</source>
        <translation>Это первое показание прибора учета.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The last reading is %1, taken on %2. The new one may be from %1 to %3.</source>
        <translation>Последнее показание — %1, снято %2. Новое может быть от %1 до %3.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The cabinet&apos;s data is not open yet, so the reading cannot be saved. Try again in a moment.</source>
        <translation>Данные кабинета еще не открыты, поэтому показание нельзя сохранить. Повторите попытку чуть позже.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saving the reading…</source>
        <translation>Сохранение показания…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The reading is saved. It is sent as soon as the server can be reached; until then the history shows it as waiting to be sent.</source>
        <translation>Показание сохранено. Оно будет отправлено, как только появится связь с сервером; до тех пор в истории оно отмечено как ожидающее отправки.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The reading could not be saved (%1). Try again.</source>
        <translation>Не удалось сохранить показание (%1). Повторите попытку.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The reading has been accepted.</source>
        <translation>Показание принято.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server did not accept the reading: %1</source>
        <translation>Сервер не принял показание: %1</translation>
    </message>
</context>
<context>
    <name>MeterReadingHistoryModel</name>
    <message>
        <location filename="../ui/meters/MeterReadingHistoryModel.cpp" line="+50"/>
        <location line="+8"/>
        <source>Not accepted: %1</source>
        <translation>Не принято: %1</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Waiting to be sent</source>
        <translation>Ожидает отправки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received by the server</source>
        <translation>Получено сервером</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not accepted</source>
        <translation>Не принято</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading</source>
        <translation>Показание</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consumption</source>
        <translation>Расход</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
</context>
<context>
    <name>MeterReadingsPage</name>
    <message>
        <location filename="../ui/meters/MeterReadingsPage.cpp" line="+72"/>
        <source>Meter readings</source>
        <translation>Показания приборов учета</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the readings of your meters. A reading entered without a connection waits here and is sent as soon as the server can be reached.</source>
        <translation>Вводите показания ваших приборов учета. Показание, введенное без связи, ждет здесь и отправляется, как только появится связь с сервером.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Personal &amp;account:</source>
        <translation>&amp;Лицевой счет:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No meter is registered on your accounts.</source>
        <translation>На ваших лицевых счетах не зарегистрировано ни одного прибора учета.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>New reading</source>
        <translation>Новое показание</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>History: %1, No. %2</source>
        <translation>История: %1, № %2</translation>
    </message>
</context>
<context>
    <name>MeterStore</name>
    <message>
        <location filename="../sync/store/MeterStore.cpp" line="+73"/>
        <source>A meter belongs to another account than the one being replaced.</source>
        <translation>Прибор учета относится не к тому лицевому счету, данные которого заменяются.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>No such reading.</source>
        <translation>Такого показания нет.</translation>
    </message>
</context>
<context>
    <name>MeterValueText</name>
    <message>
        <location filename="../ui/meters/MeterValueText.cpp" line="+75"/>
        <source>Enter the reading.</source>
        <translation>Введите показание.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the reading as a number, e.g. 123,456.</source>
        <translation>Запишите показание числом, например 123,456.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A reading has at most three digits after the comma.</source>
        <translation>В показании не более трех цифр после запятой.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The number is too large.</source>
        <translation>Слишком большое число.</translation>
    </message>
</context>
<context>
    <name>MoneyParseError</name>
    <message>
        <location filename="../sync/protocol/MoneyParseError.cpp" line="+11"/>
        <source>Enter the amount, for example 123,45.</source>
        <translation>Введите сумму, например 123,45.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The amount cannot be negative.</source>
        <translation>Сумма не может быть отрицательной.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter at most two digits of kopecks after the comma, for example 123,45.</source>
        <translation>Введите не более двух цифр копеек после запятой, например 123,45.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The amount may contain only digits and a comma, for example 123,45.</source>
        <translation>Сумма может содержать только цифры и запятую, например 123,45.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the amount in roubles and kopecks, for example 123,45.</source>
        <translation>Введите сумму в рублях и копейках, например 123,45.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The amount is too large.</source>
        <translation>Слишком большая сумма.</translation>
    </message>
</context>
<context>
    <name>MovementOfFundsModel</name>
    <message>
        <location filename="../ui/payments/MovementOfFundsModel.cpp" line="+62"/>
        <source>Debt at the start of the period (%1)</source>
        <translation>Долг на начало периода (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overpayment at the start of the period (%1)</source>
        <translation>Переплата на начало периода (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No debt at the start of the period (%1)</source>
        <translation>Долга на начало периода нет (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charged</source>
        <translation>Начислено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recalculations</source>
        <translation>Перерасчеты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payments received</source>
        <translation>Поступления денежных средств</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Debt at the end of the period (%1)</source>
        <translation>Долг на конец периода (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overpayment at the end of the period (%1)</source>
        <translation>Переплата на конец периода (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No debt at the end of the period (%1)</source>
        <translation>Долга на конец периода нет (%1)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Item</source>
        <translation>Статья</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount, ₽</source>
        <translation>Сумма, ₽</translation>
    </message>
</context>
<context>
    <name>NewsListModel</name>
    <message>
        <location filename="../ui/news/NewsListModel.cpp" line="+131"/>
        <source>New since your last visit</source>
        <translation>Новая с вашего последнего посещения</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>Unread</source>
        <translation>Не прочитана</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read</source>
        <translation>Прочитана</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
</context>
<context>
    <name>NewsPage</name>
    <message>
        <location filename="../ui/news/NewsPage.cpp" line="+66"/>
        <source>Mark all as read</source>
        <translation>Отметить все как прочитанные</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>News</source>
        <translation>Новости</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No news yet.</source>
        <translation>Новостей пока нет.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Mark as &amp;unread</source>
        <translation>Отметить как &amp;непрочитанную</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a news item to read it.</source>
        <translation>Выберите новость, чтобы прочитать ее.</translation>
    </message>
    <message numerus="yes">
        <location line="+89"/>
        <source>%n new since your last visit</source>
        <translation>
            <numerusform>%n новая с вашего последнего посещения</numerusform>
            <numerusform>%n новые с вашего последнего посещения</numerusform>
            <numerusform>%n новых с вашего последнего посещения</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n unread</source>
        <translation>
            <numerusform>%n непрочитанная</numerusform>
            <numerusform>%n непрочитанные</numerusform>
            <numerusform>%n непрочитанных</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>all read</source>
        <translation>все прочитаны</translation>
    </message>
</context>
<context>
    <name>NewsStore</name>
    <message>
        <location filename="../sync/store/NewsStore.cpp" line="+57"/>
        <source>No such news item.</source>
        <translation>Такой новости нет.</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <location filename="../ui/main/OfflineBanner.cpp" line="+28"/>
        <source>No connection to the server: the data shown is as of the last sync on %1</source>
        <translation>Нет связи с сервером: показаны данные на момент последнего обновления %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No connection to the server, and no data has been received yet</source>
        <translation>Нет связи с сервером, и данные еще не получены</translation>
    </message>
</context>
<context>
    <name>OrganizationListModel</name>
    <message>
        <location filename="../ui/organizations/OrganizationListModel.cpp" line="+105"/>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening hours</source>
        <translation>Часы работы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
</context>
<context>
    <name>OrganizationsPage</name>
    <message>
        <location filename="../ui/organizations/OrganizationsPage.cpp" line="+51"/>
        <source>Organizations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No organizations yet: they appear after the next sync.</source>
        <translation>Организаций пока нет: они появятся после следующего обновления.</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opening hours</source>
        <translation>Часы работы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KPP</source>
        <translation>КПП</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank</source>
        <translation>Банк</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BIC</source>
        <translation>БИК</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settlement account</source>
        <translation>Расчетный счет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correspondent account</source>
        <translation>Корреспондентский счет</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Payment details</source>
        <translation>Платежные реквизиты</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This link is not opened: it is neither a phone, an e-mail address nor a website.</source>
        <translation>Ссылка не открыта: это не телефон, не адрес электронной почты и не сайт.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No program on this computer opens %1.</source>
        <translation>На этом компьютере нет программы, которая открывает %1.</translation>
    </message>
</context>
<context>
    <name>OutboxStore</name>
    <message>
        <location filename="../sync/store/OutboxStore.cpp" line="+119"/>
        <source>The outbox item does not exist or is not in the expected state.</source>
        <translation>Запись в очереди отправки не существует или находится не в ожидаемом состоянии.</translation>
    </message>
</context>
<context>
    <name>PasswordKeyWrap</name>
    <message>
        <location filename="../sync/keys/PasswordKeyWrap.cpp" line="+209"/>
        <source>No error.</source>
        <translation>Ошибок нет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password is incorrect, or the key file has been modified.</source>
        <translation>Неверный пароль, или файл ключа был изменен.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The key file is damaged or is not a Kabinet key file.</source>
        <translation>Файл ключа поврежден или не является файлом ключа программы «Кабинет».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The key file was written by a newer version of Kabinet.</source>
        <translation>Файл ключа записан более новой версией программы «Кабинет».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The encryption library failed to process the key.</source>
        <translation>Библиотеке шифрования не удалось обработать ключ.</translation>
    </message>
</context>
<context>
    <name>PasswordResetPage</name>
    <message>
        <location filename="../ui/login/PasswordResetPage.cpp" line="+21"/>
        <location line="+96"/>
        <location line="+28"/>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>Password recovery</source>
        <translation>Восстановление пароля</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the login or the e-mail address you registered with. We will send a link for setting a new password to that address.</source>
        <translation>Введите логин или адрес электронной почты, указанные при регистрации. Мы отправим на этот адрес ссылку для установки нового пароля.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Login or e-mail:</source>
        <translation>Логин или E-mail:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>If an active account with this login or e-mail exists, an e-mail with a link is on its way to its address. Open the link within an hour: it leads to a page of the portal where you set a new password (by the same rules as at registration). Then sign in with the new password; every earlier sign-in of the account ends.

No e-mail? Check the spam folder; a new one can be asked for after a minute.</source>
        <translation>Если активная учетная запись с таким логином или E-mail существует, на ее адрес уже отправлено письмо со ссылкой. Перейдите по ссылке в течение часа: она ведет на страницу портала, где задается новый пароль (по тем же правилам, что и при регистрации). Затем войдите с новым паролем; все прежние входы этой учетной записи завершатся.

Письма нет? Проверьте папку «Спам»; новое письмо можно запросить через минуту.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back to sign-in</source>
        <translation>Вернуться ко входу</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Enter the login or the e-mail address.</source>
        <translation>Введите логин или адрес электронной почты.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
</context>
<context>
    <name>PaymentDetailsRules</name>
    <message>
        <location filename="../sync/protocol/PaymentDetailsRules.cpp" line="+135"/>
        <source>The value is missing.</source>
        <translation>Значение не указано.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The value contains a character that does not belong there.</source>
        <translation>Значение содержит недопустимый символ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The value has the wrong number of characters.</source>
        <translation>В значении неверное количество символов.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The INN&apos;s check digits do not match: it is mistyped.</source>
        <translation>Контрольные цифры ИНН не сходятся: в нем опечатка.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The account number does not match the bank&apos;s BIC: one of them is mistyped.</source>
        <translation>Номер счета не соответствует БИК банка: в одном из них опечатка.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The account cannot be checked without the bank&apos;s valid BIC.</source>
        <translation>Счет нельзя проверить без правильного БИК банка.</translation>
    </message>
</context>
<context>
    <name>PaymentListModel</name>
    <message>
        <location filename="../ui/payments/PaymentListModel.cpp" line="+42"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
</context>
<context>
    <name>PaymentQrPayload</name>
    <message>
        <location filename="../sync/protocol/PaymentQrPayload.cpp" line="+132"/>
        <source>The payment code cannot be made: the payee&apos;s name is missing.</source>
        <translation>Не удается сформировать код для оплаты: не указано наименование получателя.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The payment code cannot be made: the payee&apos;s bank name is missing.</source>
        <translation>Не удается сформировать код для оплаты: не указано наименование банка получателя.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The payment code cannot be made: the payee&apos;s BIC is not valid.</source>
        <translation>Не удается сформировать код для оплаты: неверный БИК получателя.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The payment code cannot be made: the payee&apos;s settlement account is not valid.</source>
        <translation>Не удается сформировать код для оплаты: неверный расчетный счет получателя.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The payment code cannot be made: the bank&apos;s correspondent account is not valid.</source>
        <translation>Не удается сформировать код для оплаты: неверный корреспондентский счет банка.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The payment code cannot be made: the payee&apos;s INN is not valid.</source>
        <translation>Не удается сформировать код для оплаты: неверный ИНН получателя.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The payment code cannot be made: the payee&apos;s KPP is not valid.</source>
        <translation>Не удается сформировать код для оплаты: неверный КПП получателя.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The payment code cannot be made: the amount is too large.</source>
        <translation>Не удается сформировать код для оплаты: слишком большая сумма.</translation>
    </message>
</context>
<context>
    <name>PaymentStore</name>
    <message>
        <location filename="../sync/store/PaymentStore.cpp" line="+56"/>
        <source>The date range is not valid.</source>
        <translation>Недопустимый диапазон дат.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A payment belongs to another account or date than the range being replaced.</source>
        <translation>Платеж относится к другому лицевому счету или дате, чем заменяемый диапазон.</translation>
    </message>
</context>
<context>
    <name>PaymentsPage</name>
    <message>
        <location filename="../ui/payments/PaymentsPage.cpp" line="+40"/>
        <source>Payments</source>
        <translation>Платежи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the period has not been closed by your accountant (for example, the month is not over yet), its charges and payments will not be shown.</source>
        <translation>Если период не закрыт вашим бухгалтером (например, месяц еще не окончился), то начисления и платежи за него не будут отображены.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+78"/>
        <source>Movement of funds</source>
        <translation>Движение финансов</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Statement…</source>
        <translation>Выписка…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save the movement of funds, charges and payments of chosen periods as PDF or CSV</source>
        <translation>Сохранить движение финансов, начисления и платежи за выбранные периоды в файл PDF или CSV</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Payments received</source>
        <translation>Поступления денежных средств</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>No payments in the chosen periods.</source>
        <translation>За выбранные периоды платежей нет.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Charts</source>
        <translation>Графики</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Movement of funds for %1 – %2</source>
        <translation>Движение финансов за %1 – %2</translation>
    </message>
</context>
<context>
    <name>PeriodRangePicker</name>
    <message>
        <location filename="../ui/widgets/PeriodRangePicker.cpp" line="+17"/>
        <source>Display &amp;period:</source>
        <translation>&amp;Период отображения:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Display period from, month</source>
        <translation>Период отображения с, месяц</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display period from, year</source>
        <translation>Период отображения с, год</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display period to, month</source>
        <translation>Период отображения по, месяц</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display period to, year</source>
        <translation>Период отображения по, год</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>from</source>
        <extracomment>the start of the range of months: &quot;from [month] [year]&quot;</extracomment>
        <translation>с</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>to</source>
        <extracomment>the end of the range of months: &quot;to [month] [year]&quot;</extracomment>
        <translation>по</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../ui/main/PlaceholderPage.cpp" line="+12"/>
        <source>This section is not available in this version yet.</source>
        <translation>В этой версии раздел пока недоступен.</translation>
    </message>
</context>
<context>
    <name>PreviousPasswordDialog</name>
    <message>
        <location filename="../ui/login/PreviousPasswordDialog.cpp" line="+23"/>
        <source>Your password was changed</source>
        <translation>Ваш пароль был изменен</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The password of &lt;b&gt;%1&lt;/b&gt; was changed</source>
        <translation>Пароль учетной записи &lt;b&gt;%1&lt;/b&gt; был изменен</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your password was changed (on the portal, or with a password reset) after the data on this computer was saved, and that data still opens only with the previous password. Enter the previous password to keep the saved data, including anything waiting to be sent; from then on your new password opens it.</source>
        <translation>Ваш пароль был изменен (на портале или через восстановление пароля) после того, как данные были сохранены на этом компьютере, и эти данные по-прежнему открываются только прежним паролем. Введите прежний пароль, чтобы сохранить данные, в том числе все, что ожидает отправки; после этого их будет открывать новый пароль.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>If you do not remember the previous password, discard the data saved on this computer and download it again from the server.</source>
        <translation>Если вы не помните прежний пароль, удалите данные, сохраненные на этом компьютере, и загрузите их заново с сервера.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Previous password</source>
        <translation>Прежний пароль</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the saved data</source>
        <translation>Сохранить данные</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Discard and download again…</source>
        <translation>Удалить и загрузить заново…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The saved data does not open with this password either. Try another previous password, or discard the saved data.</source>
        <translation>Сохраненные данные не открываются и этим паролем. Попробуйте другой прежний пароль или удалите сохраненные данные.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Enter the previous password.</source>
        <translation>Введите прежний пароль.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Discard the saved data?</source>
        <translation>Удалить сохраненные данные?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the data of &lt;b&gt;%1&lt;/b&gt; saved on this computer?</source>
        <translation>Удалить данные учетной записи &lt;b&gt;%1&lt;/b&gt;, сохраненные на этом компьютере?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything saved on this computer for this user is deleted, together with the messages, meter readings and other requests not sent to the operator yet: those are lost for good. Then everything the server has is downloaded again.</source>
        <translation>Все, что сохранено на этом компьютере для этой учетной записи, будет удалено вместе с сообщениями, показаниями и другими запросами, еще не отправленными оператору: они будут потеряны безвозвратно. Затем все данные с сервера будут загружены заново.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discard</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../ui/profile/ProfilePage.cpp" line="+27"/>
        <source>Account No. %1 — %2</source>
        <translation>Л/С № %1 — %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save e-mail</source>
        <translation>Сохранить E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send me the receipts by e-mail</source>
        <translation>Подписаться на рассылку квитанций по E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting to be sent to the server…</source>
        <translation>Ожидает отправки на сервер…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change password…</source>
        <translation>Сменить пароль…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlink the account…</source>
        <translation>Удалить лицевой счет…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete user…</source>
        <translation>Удалить учетную запись…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type the new e-mail again</source>
        <translation>Повторите новый E-mail</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>My profile</source>
        <translation>Мой профиль</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>User</source>
        <translation>Учетная запись</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail confirmation</source>
        <translation>Подтверждение E-mail</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Linked personal accounts</source>
        <translation>Привязанные лицевые счета</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>This is your e-mail address already.</source>
        <translation>Это и так ваш адрес электронной почты.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type the new e-mail address again to confirm it.</source>
        <translation>Повторите новый адрес электронной почты для подтверждения.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The e-mail addresses do not match.</source>
        <translation>Адреса электронной почты не совпадают.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This e-mail address is used by another user.</source>
        <translation>Этот адрес электронной почты уже использует другой пользователь.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The e-mail address has been changed.</source>
        <translation>Адрес электронной почты изменен.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The password has been changed.</source>
        <translation>Пароль изменен.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Unlink personal account</source>
        <translation>Удаление лицевого счета</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlink personal account No. %1 from your cabinet?</source>
        <translation>Удалить лицевой счет № %1 из вашего кабинета?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1

The account disappears from your cabinet, and its charges, payments, meter readings and appeals saved on this computer are removed. You can link it again with «Add personal account».</source>
        <translation>%1

Лицевой счет исчезнет из вашего кабинета, а его начисления, платежи, показания и обращения, сохраненные на этом компьютере, будут удалены. Снова привязать его можно кнопкой «Добавить лицевой счет».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unlink</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The personal account has been unlinked.</source>
        <translation>Лицевой счет удален из кабинета.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The personal account has been unlinked; its saved data will be removed with the next update.</source>
        <translation>Лицевой счет удален из кабинета; его сохраненные данные будут удалены при следующем обновлении.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The user has been deleted, but some data saved on this computer could not be removed.</source>
        <translation>Учетная запись удалена, но часть данных, сохраненных на этом компьютере, удалить не удалось.</translation>
    </message>
</context>
<context>
    <name>PublicKeyPin</name>
    <message>
        <location filename="../sync/net/PublicKeyPin.cpp" line="+119"/>
        <source>The public-key pin is empty.</source>
        <translation>Закрепленный открытый ключ не указан.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The public-key pin is not valid base64; expected &quot;sha256/&lt;base64&gt;&quot;.</source>
        <translation>Закрепленный открытый ключ не является корректным base64; ожидается «sha256/&lt;base64&gt;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The public-key pin is not a SHA-256 digest (32 bytes in base64).</source>
        <translation>Закрепленный открытый ключ не является хешем SHA-256 (32 байта в base64).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only SHA-256 public-key pins (&quot;sha256/&lt;base64&gt;&quot;) are supported.</source>
        <translation>Поддерживается только закрепление ключей по SHA-256 («sha256/&lt;base64&gt;»).</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/main.cpp" line="+53"/>
        <source>No PIN on standard input.</source>
        <translation>На стандартном вводе нет PIN-кода.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kiosk PIN: </source>
        <translation>PIN-код киоска: </translation>
    </message>
    <message>
        <location line="+83"/>
        <source>No PinHash in %1: the kiosk cannot be left with the exit key combination.</source>
        <translation>В %1 нет PinHash: выйти из режима киоска сочетанием клавиш нельзя.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+28"/>
        <location line="+34"/>
        <source>Kabinet</source>
        <translation>Кабинет</translation>
    </message>
</context>
<context>
    <name>QrCodeImage</name>
    <message>
        <location filename="../ui/printing/QrCodeImage.cpp" line="+118"/>
        <source>There is nothing to put in the code.</source>
        <translation>Нечего поместить в код.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The data is too long for a QR code.</source>
        <translation>Данные слишком длинные для QR-кода.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The QR code could not be made.</source>
        <translation>Не удалось сформировать QR-код.</translation>
    </message>
</context>
<context>
    <name>RecalculationListModel</name>
    <message>
        <location filename="../ui/charges/RecalculationListModel.cpp" line="+35"/>
        <source>Current period</source>
        <translation>Текущий период</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Past period</source>
        <translation>Прошлый период</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Booked in</source>
        <translation>Период проведения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For period</source>
        <translation>За период</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recalculation for</source>
        <translation>Перерасчет за</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Основание</translation>
    </message>
</context>
<context>
    <name>ReceiptComposer</name>
    <message>
        <location filename="../ui/printing/ReceiptComposer.cpp" line="+87"/>
        <source>There is no account No. %1 in the saved data.</source>
        <translation>В сохраненных данных нет лицевого счета № %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a closed period of account No. %2: a receipt is made only for a month the operator has closed.</source>
        <translation>%1 не является закрытым периодом лицевого счета № %2: квитанция формируется только за месяц, который закрыл оператор.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The saved data do not say whom account No. %1 pays: bring them up to date and try again.</source>
        <translation>В сохраненных данных не указан получатель платежей по лицевому счету № %1: обновите данные и повторите попытку.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The amounts of account No. %1 are too large to add up.</source>
        <translation>Суммы по лицевому счету № %1 слишком велики для сложения.</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../ui/printing/ReceiptDialog.cpp" line="+34"/>
        <location line="+198"/>
        <source>Receipt</source>
        <translation>Квитанция</translation>
    </message>
    <message>
        <location line="-193"/>
        <source>Reading the saved data…</source>
        <translation>Чтение сохраненных данных…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview…</source>
        <translation>Просмотр…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Receipt: account No. %1</source>
        <translation>Квитанция: лицевой счет № %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>There is no closed period yet: a receipt is made once the operator closes one.</source>
        <translation>Ни один период еще не закрыт: квитанцию можно будет сформировать, когда оператор закроет период.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>To pay: %1 ₽</source>
        <translation>К оплате: %1 ₽</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The receipt was sent to the printer.</source>
        <translation>Квитанция отправлена на принтер.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The receipt could not be printed: no printer took it.</source>
        <translation>Квитанцию не удалось напечатать: ни один принтер её не принял.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Receipt preview</source>
        <translation>Просмотр квитанции</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Save the receipt</source>
        <translation>Сохранить квитанцию</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The receipt could not be made into a PDF.</source>
        <translation>Не удалось сохранить квитанцию в PDF.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saving the receipt…</source>
        <translation>Сохранение квитанции…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved to %1.</source>
        <translation>Сохранено: %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The receipt was not saved.</source>
        <translation>Квитанция не сохранена.</translation>
    </message>
</context>
<context>
    <name>ReceiptDocument</name>
    <message>
        <location filename="../ui/printing/ReceiptDocument.cpp" line="+39"/>
        <location line="+9"/>
        <source>Cannot write %1: %2</source>
        <translation>Не удается записать %1: %2</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Cannot write %1: the PDF could not be made.</source>
        <translation>Не удается записать %1: не удалось сформировать PDF.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Receipt %1 for %2</source>
        <translation>Квитанция %1 за %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>receipt-%1-%2.pdf</source>
        <translation>receipt-%1-%2.pdf</translation>
    </message>
</context>
<context>
    <name>ReceiptPainter</name>
    <message>
        <location filename="../ui/printing/ReceiptPainter.cpp" line="+124"/>
        <source>PAYMENT DOCUMENT</source>
        <translation>ПЛАТЕЖНЫЙ ДОКУМЕНТ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>for the contribution for capital repairs for %1</source>
        <translation>на оплату взноса на капитальный ремонт за %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Payee</source>
        <translation>Получатель платежа</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>INN %1</source>
        <translation>ИНН %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>INN %1    KPP %2</source>
        <translation>ИНН %1    КПП %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank: %1</source>
        <translation>Банк: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BIC %1</source>
        <translation>БИК %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settlement account %1</source>
        <translation>Расчетный счет %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correspondent account %1</source>
        <translation>Корреспондентский счет %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+45"/>
        <source>Address: %1</source>
        <translation>Адрес: %1</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Phone: %1</source>
        <translation>Телефон: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Purpose of payment: %1</source>
        <translation>Назначение платежа: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Scan the code in your bank&apos;s app to pay</source>
        <translation>Для оплаты отсканируйте код в приложении вашего банка</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Payer</source>
        <translation>Плательщик</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Personal account No. %1</source>
        <translation>Лицевой счет № %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Floor area: %1 sq. m</source>
        <translation>Площадь помещения: %1 кв. м</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ownership: %1</source>
        <translation>Форма собственности: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Charges for %1</source>
        <translation>Начисление за %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Единица измерения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contribution rate, ₽</source>
        <translation>Размер взноса, ₽</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charged, ₽</source>
        <translation>Начислено, ₽</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recalculation, ₽</source>
        <translation>Перерасчет, ₽</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total, ₽</source>
        <translation>Итого, ₽</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No charges in this period</source>
        <translation>За этот период начислений нет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TOTAL</source>
        <translation>ИТОГО</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+30"/>
        <source>Recalculations</source>
        <translation>Перерасчеты</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>For %1: %2</source>
        <translation>За %1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Settlement for %1</source>
        <translation>Расчеты за %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Debt at the start of the period</source>
        <translation>Долг на начало периода</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overpayment at the start of the period</source>
        <translation>Переплата на начало периода</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No debt at the start of the period</source>
        <translation>Долга на начало периода нет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charged for the period</source>
        <translation>Начислено за период</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payments received in the period</source>
        <translation>Поступило платежей за период</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overpayment at the end of the period</source>
        <translation>Переплата на конец периода</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TOTAL TO PAY, ₽</source>
        <translation>ИТОГО К ОПЛАТЕ, ₽</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pay by the code in your bank&apos;s app or with this document at a bank office. Payments received after the end of the period count in the next one. Made by Kabinet from the operator&apos;s data saved on this computer.</source>
        <translation>Оплатите по коду в приложении вашего банка или с этим документом в отделении банка. Платежи, поступившие после окончания периода, учитываются в следующем периоде. Сформировано программой «Кабинет» по данным оператора, сохраненным на этом компьютере.</translation>
    </message>
</context>
<context>
    <name>RegistrationPage</name>
    <message>
        <location filename="../ui/login/RegistrationPage.cpp" line="+67"/>
        <location line="+324"/>
        <source>Register</source>
        <translation>Зарегистрироваться</translation>
    </message>
    <message>
        <location line="-323"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enter your registration details</source>
        <translation>Введите регистрационные данные</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>The login may contain Russian and Latin letters, digits, a hyphen or an underscore, must start with a letter and be at most %n character(s) long</source>
        <translation>
            <numerusform>Логин может содержать русские и латинские буквы, цифры, дефис или подчеркивание, должен начинаться с буквы и быть не более %n символа</numerusform>
            <numerusform>Логин может содержать русские и латинские буквы, цифры, дефис или подчеркивание, должен начинаться с буквы и быть не более %n символов</numerusform>
            <numerusform>Логин может содержать русские и латинские буквы, цифры, дефис или подчеркивание, должен начинаться с буквы и быть не более %n символов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail address</source>
        <translation>Адрес электронной почты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Must consist of at least six and at most sixty letters, digits and characters from the list: %1</source>
        <translation>Должен состоять из не менее шести и не более шестидесяти букв, цифр и символов из списка: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To rule out a typing error</source>
        <translation>Для исключения возможности ошибки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password confirmation</source>
        <translation>Подтверждение пароля</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code from the picture</source>
        <translation>Код с изображения</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;p&gt;The personal cabinet shows the owner of a flat the state of their personal account for capital repair contributions: charges, payments and the house&apos;s repair plans. The user keeps the login and password secret, gives true information when linking an account and agrees that the operator processes the personal data needed for that.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Личный кабинет показывает собственнику помещения состояние его лицевого счета по взносам на капитальный ремонт: начисления, платежи и планы ремонта дома. Пользователь хранит логин и пароль в тайне, указывает достоверные сведения при привязке лицевого счета и соглашается на обработку оператором необходимых для этого персональных данных.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I have read and accepted the agreement on the use of the personal cabinet</source>
        <translation>Я ознакомился и принял соглашение об использовании личного кабинета</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>All fields are required.</source>
        <translation>Все поля являются обязательными для заполнения.</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>The picture has not loaded. Click «%1».</source>
        <translation>Изображение не загрузилось. Нажмите «%1».</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Load a new code</source>
        <translation>Загрузить новый код</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the code from the picture.</source>
        <translation>Введите код с изображения.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Accept the agreement on the use of the personal cabinet.</source>
        <translation>Примите соглашение об использовании личного кабинета.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>The code was entered wrongly. Enter the code from the new picture.</source>
        <translation>Код введен неверно. Введите код с нового изображения.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Registering…</source>
        <translation>Регистрация…</translation>
    </message>
</context>
<context>
    <name>RepairPlanModel</name>
    <message>
        <location filename="../ui/building/RepairPlanModel.cpp" line="+47"/>
        <source>Planned</source>
        <translation>Запланирована</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In progress</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed</source>
        <translation>Выполнена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Postponed</source>
        <translation>Перенесена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Отменена</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>not estimated</source>
        <translation>не определена</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Work</source>
        <translation>Вид работ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned period</source>
        <translation>Плановый период</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cost, ₽</source>
        <extracomment>₽ is the rouble sign</extracomment>
        <translation>Стоимость, ₽</translation>
    </message>
</context>
<context>
    <name>ScreenshotRenderer</name>
    <message>
        <location filename="../app/ScreenshotRenderer.cpp" line="+42"/>
        <source>The screens were not ready within %1 s.</source>
        <translation>Экраны не были готовы за %1 с.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No temporary folder: %1</source>
        <translation>Нет временной папки: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot create %1</source>
        <translation>Не удается создать %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No password on standard input.</source>
        <translation>На стандартном вводе нет пароля.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Password for %1: </source>
        <translation>Пароль для %1: </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Cannot write %1</source>
        <translation>Не удается записать %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Signing in failed: %1</source>
        <translation>Войти не удалось: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The cabinet shows no accounts after the sync.</source>
        <translation>После обновления в кабинете нет ни одного лицевого счета.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The section for %1 could not be shown.</source>
        <translation>Раздел для %1 не удалось показать.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>«Add personal account» opened no dialog.</source>
        <translation>«Добавить лицевой счет» не открыло диалог.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="+62"/>
        <source>Show &amp;notifications</source>
        <translation>Показывать &amp;уведомления</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>None: the system&apos;s certificates only</source>
        <translation>Нет: только системные сертификаты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the CA certificate file</source>
        <translation>Выбрать файл сертификата удостоверяющего центра</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None, or sha256/… of the server&apos;s public key</source>
        <translation>Нет или sha256/… открытого ключа сервера</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Operator&apos;s server</source>
        <translation>Сервер оператора</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Address</source>
        <translation>&amp;Адрес</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Given by your operator; https only. A new address is used at the next sign-in.</source>
        <translation>Адрес сообщает оператор; только https. Новый адрес будет использован при следующем входе.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extra CA &amp;certificate</source>
        <translation>Дополнительный &amp;сертификат УЦ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Public-key pin</source>
        <translation>&amp;Закрепленный открытый ключ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only when your operator asks for them: a PEM file of a certificate authority to trust besides the system&apos;s, and the SHA-256 of the server&apos;s public key that its certificate must carry as well.</source>
        <translation>Только если их требует оператор: файл PEM удостоверяющего центра (УЦ), которому нужно доверять наряду с системными, и SHA-256 открытого ключа сервера, который также должен содержаться в его сертификате.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The system&apos;s language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A new language is used after Kabinet is started again.</source>
        <translation>Новый язык будет применен после перезапуска программы.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show notifications</source>
        <translation>Показывать уведомления</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer</source>
        <translation>Этот компьютер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Background &amp;sync</source>
        <translation>&amp;Фоновое обновление</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Off: only when asked («Refresh»)</source>
        <translation>Выключено: только по кнопке «Обновить»</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Every %n hour(s)</source>
        <translation>
            <numerusform>Раз в %n час</numerusform>
            <numerusform>Раз в %n часа</numerusform>
            <numerusform>Раз в %n часов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Раз в %n минуту</numerusform>
            <numerusform>Раз в %n минуты</numerusform>
            <numerusform>Раз в %n минут</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The server&apos;s address must start with https:// and name the server, e.g. https://lk.example.ru: Kabinet talks to it over an encrypted connection only.</source>
        <translation>Адрес сервера должен начинаться с https:// и содержать имя сервера, например https://lk.example.ru: программа «Кабинет» связывается с ним только по зашифрованному соединению.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Extra CA certificate</source>
        <translation>Дополнительный сертификат удостоверяющего центра</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Сертификаты PEM (*.pem *.crt);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>StatementAction</name>
    <message>
        <location filename="../ui/payments/StatementAction.cpp" line="+16"/>
        <source>Save the statement</source>
        <translation>Сохранение выписки</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Saving the statement…</source>
        <translation>Сохранение выписки…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The statement is saved to %1.</source>
        <translation>Выписка сохранена в файл %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Statement</source>
        <translation>Выписка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The statement was not saved.</source>
        <translation>Выписка не сохранена.</translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <location filename="../ui/payments/StatementDialog.cpp" line="+19"/>
        <source>Personal account No. %1</source>
        <translation>Лицевой счет № %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All accounts</source>
        <translation>Все лицевые счета</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Statement</source>
        <translation>Выписка</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PDF document</source>
        <translation>Документ PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV table for spreadsheets</source>
        <translation>Таблица CSV для электронных таблиц</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save…</source>
        <translation>Сохранить…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Accounts:</source>
        <translation>Лицевые счета:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV tables (*.csv)</source>
        <translation>Таблицы CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>StatementDocument</name>
    <message>
        <location filename="../ui/printing/StatementDocument.cpp" line="+94"/>
        <source>No charges in the chosen periods.</source>
        <translation>За выбранные периоды начислений нет.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Charged, ₽</source>
        <translation>Начислено, ₽</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+18"/>
        <location line="+16"/>
        <source>TOTAL</source>
        <translation>ИТОГО</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>No recalculations in the chosen periods.</source>
        <translation>За выбранные периоды перерасчетов нет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Booked in</source>
        <translation>Период проведения</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Corrects</source>
        <translation>За период</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Основание</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+17"/>
        <source>Amount, ₽</source>
        <translation>Сумма, ₽</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>No payments in the chosen periods.</source>
        <translation>За выбранные периоды платежей нет.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Personal account No. %1</source>
        <translation>Лицевой счет № %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+36"/>
        <source>Movement of funds</source>
        <translation>Движение финансов</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Charges by period</source>
        <translation>Начисления по периодам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recalculations</source>
        <translation>Перерасчеты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments</source>
        <translation>Платежи</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Statement of all accounts</source>
        <translation>Выписка по всем лицевым счетам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement of account</source>
        <translation>Выписка по лицевому счету</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Periods: %1 – %2</source>
        <extracomment>%1 and %2 are periods, e.g. &quot;январь 2023&quot; and &quot;декабрь 2023&quot;</extracomment>
        <translation>Периоды: %1 – %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Made on %1 from the data saved on this computer.</source>
        <translation>Сформирована %1 по данным, сохраненным на этом компьютере.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All accounts</source>
        <translation>Все лицевые счета</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Statement</source>
        <translation>Выписка</translation>
    </message>
</context>
<context>
    <name>StatementExport</name>
    <message>
        <location filename="../ui/printing/StatementExport.cpp" line="+39"/>
        <location filename="../ui/printing/StatementSaver.cpp" line="+27"/>
        <source>A statement is saved as .pdf or .csv.</source>
        <translation>Выписку можно сохранить только в формате .pdf или .csv.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A PDF statement needs the graphical application; save it as .csv instead.</source>
        <translation>Для выписки в формате PDF нужно графическое приложение; сохраните ее в формате .csv.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/printing/StatementSaver.cpp" line="+18"/>
        <source>The saved data holds no such personal account.</source>
        <translation>В сохраненных данных нет такого лицевого счета.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/printing/StatementSaver.cpp" line="+6"/>
        <source>No statement can be made for these periods.</source>
        <translation>За эти периоды выписку сформировать нельзя.</translation>
    </message>
</context>
<context>
    <name>StatementFileExport</name>
    <message>
        <location filename="../app/StatementFileExport.cpp" line="+31"/>
        <source>The saved data hold no personal account.</source>
        <translation>В сохраненных данных нет ни одного лицевого счета.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The saved data hold no personal account %1.</source>
        <translation>В сохраненных данных нет лицевого счета № %1.</translation>
    </message>
</context>
<context>
    <name>StatementSaver</name>
    <message>
        <location filename="../ui/printing/StatementSaver.cpp" line="-20"/>
        <source>The saved data cannot be read.</source>
        <translation>Не удается прочитать сохраненные данные.</translation>
    </message>
</context>
<context>
    <name>SyncError</name>
    <message>
        <location filename="../sync/engine/SyncError.cpp" line="+71"/>
        <source>The server sent data this version of Kabinet cannot read. The application may need an update.</source>
        <translation>Сервер прислал данные, которые эта версия программы не может прочитать. Возможно, программу нужно обновить.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The local data cannot be opened: %1</source>
        <translation>Не удается открыть локальные данные: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The local data is busy. The update will be tried again later.</source>
        <translation>Локальные данные заняты. Обновление будет повторено позже.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server sent data out of order. The update will be tried again later.</source>
        <translation>Сервер прислал данные не по порядку. Обновление будет повторено позже.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The update could not be saved on this computer. Check the free disk space.</source>
        <translation>Не удалось сохранить обновление на этом компьютере. Проверьте, есть ли свободное место на диске.</translation>
    </message>
</context>
<context>
    <name>SyncNotice</name>
    <message>
        <location filename="../app/SyncNotice.cpp" line="+19"/>
        <source>Charges for %1 on account %2</source>
        <translation>Начисление за %1 по лицевому счету № %2</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Charges for %1 on %n account(s)</source>
        <translation>
            <numerusform>Начисление за %1 по %n лицевому счету</numerusform>
            <numerusform>Начисление за %1 по %n лицевым счетам</numerusform>
            <numerusform>Начисление за %1 по %n лицевым счетам</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>New charges on %n account(s)</source>
        <translation>
            <numerusform>Новые начисления по %n лицевому счету</numerusform>
            <numerusform>Новые начисления по %n лицевым счетам</numerusform>
            <numerusform>Новые начисления по %n лицевым счетам</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Payment of %1 ₽ received on account %2</source>
        <extracomment>%1 is an amount of roubles, %2 an account number</extracomment>
        <translation>Поступил платеж %1 ₽ по лицевому счету № %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n payment(s) received</source>
        <translation>
            <numerusform>Поступил %n платеж</numerusform>
            <numerusform>Поступило %n платежа</numerusform>
            <numerusform>Поступило %n платежей</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>News: %1</source>
        <translation>Новость: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n news item(s)</source>
        <translation>
            <numerusform>%n новость</numerusform>
            <numerusform>%n новости</numerusform>
            <numerusform>%n новостей</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your appeal «%1» has been answered</source>
        <translation>На ваше обращение «%1» дан ответ</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n of your appeals have been answered</source>
        <translation>
            <numerusform>Дан ответ на %n ваше обращение</numerusform>
            <numerusform>Дан ответ на %n ваших обращения</numerusform>
            <numerusform>Дан ответ на %n ваших обращений</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>New charges</source>
        <translation>Новые начисления</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment received</source>
        <translation>Поступил платеж</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>News</source>
        <translation>Новости</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer to your appeal</source>
        <translation>Ответ на обращение</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What is new in your cabinet</source>
        <translation>Что нового в вашем кабинете</translation>
    </message>
</context>
<context>
    <name>SyncNotifier</name>
    <message>
        <location filename="../app/SyncNotifier.cpp" line="+30"/>
        <source>Desktop &amp;notifications</source>
        <translation>&amp;Уведомления на рабочем столе</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tell me of new charges, payments, news and answers to my appeals</source>
        <translation>Сообщать о новых начислениях, платежах, новостях и ответах на мои обращения</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kabinet</source>
        <translation>Кабинет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Show Kabinet</source>
        <translation>&amp;Показать «Кабинет»</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../sync/engine/SyncStatus.cpp" line="+17"/>
        <source>Not updated yet.</source>
        <translation>Данные еще не обновлялись.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated %1.</source>
        <translation>Обновлено %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Saving… %n page(s), %1.</source>
        <translation>
            <numerusform>Сохранение… %n страница, %1.</numerusform>
            <numerusform>Сохранение… %n страницы, %1.</numerusform>
            <numerusform>Сохранение… %n страниц, %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Updating… %n page(s), %1.</source>
        <translation>
            <numerusform>Обновление… %n страница, %1.</numerusform>
            <numerusform>Обновление… %n страницы, %1.</numerusform>
            <numerusform>Обновление… %n страниц, %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 Trying again at %2.</source>
        <translation>%1 Повторная попытка в %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Offline since %1.</source>
        <translation>Нет связи с %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Update failed: %1</source>
        <translation>Обновление не удалось: %1</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../ui/main/SyncStatusWidget.cpp" line="+27"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fetch the latest data from the server now</source>
        <translation>Получить свежие данные с сервера сейчас</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Last sync: %1</source>
        <translation>Последнее обновление: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not synchronised yet</source>
        <translation>Данные еще не обновлялись</translation>
    </message>
</context>
<context>
    <name>TotalledListModel</name>
    <message>
        <location filename="../ui/widgets/TotalledListModel.cpp" line="+54"/>
        <source>TOTAL</source>
        <translation>ИТОГО</translation>
    </message>
</context>
<context>
    <name>TypoReportDialog</name>
    <message>
        <location filename="../ui/typo/TypoReportDialog.cpp" line="+48"/>
        <source>Report a mistake in the text</source>
        <translation>Сообщить об ошибке в тексте</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Thank you for helping us! The operator&apos;s editors will get the marked text with the words around it.</source>
        <translation>Спасибо за помощь! Редакторы оператора получат выделенный текст вместе с окружающими словами.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional: what should it say?</source>
        <translation>Необязательно: как должно быть?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mistake:</source>
        <translation>Ошибка:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screen:</source>
        <translation>Экран:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment:</source>
        <translation>Комментарий:</translation>
    </message>
</context>
<context>
    <name>TypoReportRules</name>
    <message>
        <location filename="../sync/protocol/TypoReportRules.cpp" line="+65"/>
        <source>Select the text with the mistake first.</source>
        <translation>Сначала выделите текст с ошибкой.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The selection can have at most %1 characters: select less.</source>
        <translation>Выделение может содержать не более %1 символов: выделите меньше.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The context can have at most %1 characters.</source>
        <translation>Контекст может содержать не более %1 символов.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The screen must be a key of 1 to %1 small Latin letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;.</source>
        <translation>Экран должен быть ключом из 1–%1 строчных латинских букв, цифр, «_», «.» или «-».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The comment can have at most %1 characters.</source>
        <translation>Комментарий может содержать не более %1 символов.</translation>
    </message>
</context>
<context>
    <name>TypoReportShortcut</name>
    <message>
        <location filename="../ui/typo/TypoReportShortcut.cpp" line="+52"/>
        <source>Noticed a mistake in the text? Select it and press Ctrl+Enter</source>
        <translation>Заметили ошибку в тексте? Выделите ее мышкой и нажмите Ctrl+Enter</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The report of the mistake could not be saved: %1</source>
        <translation>Не удалось сохранить сообщение об ошибке: %1</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>The report cannot be saved now: the cabinet&apos;s data is not open yet. Try again in a moment.</source>
        <translation>Сейчас сообщение нельзя сохранить: данные кабинета еще не открыты. Повторите попытку чуть позже.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Thank you! The report goes to the operator&apos;s editors as soon as the server can be reached.</source>
        <translation>Спасибо! Сообщение будет передано редакторам оператора, как только появится связь с сервером.</translation>
    </message>
</context>
<context>
    <name>UserStore</name>
    <message>
        <location filename="../sync/store/UserStore.cpp" line="+40"/>
        <source>No profile is stored.</source>
        <translation>Профиль не сохранен.</translation>
    </message>
</context>
<context>
    <name>ValidationResult</name>
    <message>
        <location filename="../sync/protocol/ValidationResult.cpp" line="+14"/>
        <source>a space</source>
        <translation>пробел</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the character U+%1</source>
        <translation>символ U+%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot;</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Enter a login.</source>
        <translation>Введите логин.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The login must start with a Russian or Latin letter.</source>
        <translation>Логин должен начинаться с русской или латинской буквы.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The login cannot contain %1. Use Russian or Latin letters, digits, hyphens and underscores.</source>
        <translation>Логин не может содержать %1. Используйте русские или латинские буквы, цифры, дефисы и подчеркивания.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enter an e-mail address.</source>
        <translation>Введите адрес электронной почты.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter an e-mail address such as name@example.ru.</source>
        <translation>Введите адрес электронной почты вида name@example.ru.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enter a password.</source>
        <translation>Введите пароль.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The password cannot contain %1. Use Latin letters, digits and the characters %2</source>
        <translation>Пароль не может содержать %1. Используйте латинские буквы, цифры и символы %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Repeat the password.</source>
        <translation>Повторите пароль.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passwords do not match.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The value is not valid.</source>
        <translation>Недопустимое значение.</translation>
    </message>
</context>
<context>
    <name>YearlyTotalsChart</name>
    <message>
        <location filename="../ui/charts/YearlyTotalsChart.cpp" line="+16"/>
        <source>Charged and paid per year, ₽</source>
        <translation>Начислено и оплачено по годам, ₽</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charged</source>
        <translation>Начислено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Оплачено</translation>
    </message>
</context>
</TS>
