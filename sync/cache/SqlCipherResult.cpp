#include "cache/SqlCipherResult.h"

#include "cache/SqlCipherDriver.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlField>

#include <sqlite3.h>

namespace {

QMetaType metaTypeOfColumn(sqlite3_stmt* stmt, int column)
{
    const char* declared = sqlite3_column_decltype(stmt, column);
    const QByteArray type = QByteArray(declared ? declared : "").toUpper();
    if (type.contains("INT"))
        return QMetaType::fromType<qlonglong>();
    if (type.contains("REAL") || type.contains("FLOA") || type.contains("DOUB"))
        return QMetaType::fromType<double>();
    if (type.contains("BLOB"))
        return QMetaType::fromType<QByteArray>();
    if (type.isEmpty()) {
        // An expression column has no declared type; its first value is the best guess.
        switch (sqlite3_column_type(stmt, column)) {
        case SQLITE_INTEGER:
            return QMetaType::fromType<qlonglong>();
        case SQLITE_FLOAT:
            return QMetaType::fromType<double>();
        case SQLITE_BLOB:
            return QMetaType::fromType<QByteArray>();
        default:
            break;
        }
    }
    return QMetaType::fromType<QString>();
}

} // namespace

SqlCipherResult::SqlCipherResult(const SqlCipherDriver* driver)
    : QSqlResult(driver)
    , m_driver(driver)
{ }

SqlCipherResult::~SqlCipherResult()
{
    // driver() is a guarded pointer: it is null once the connection object is gone.
    if (driver())
        m_driver->m_results.removeOne(this);
    finalize();
}

QVariant SqlCipherResult::handle() const
{
    return QVariant::fromValue(static_cast<void*>(m_stmt));
}

void SqlCipherResult::finalize()
{
    if (m_stmt) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
    m_rows.clear();
    m_exhausted = true;
}

sqlite3* SqlCipherResult::connection() const
{
    return driver() && driver()->isOpen() ? m_driver->connection() : nullptr;
}

bool SqlCipherResult::reset(const QString& query)
{
    return prepare(query) && execute();
}

bool SqlCipherResult::prepare(const QString& query)
{
    finalize();
    setActive(false);
    setAt(QSql::BeforeFirstRow);
    sqlite3* db = connection();
    if (!db) {
        setLastError(
            QSqlError(QStringLiteral("The cache is not open"), {}, QSqlError::ConnectionError));
        return false;
    }
    const QByteArray sql = query.toUtf8();
    const char* tail = nullptr;
    const int rc =
        sqlite3_prepare_v2(db, sql.constData(), static_cast<int>(sql.size() + 1), &m_stmt, &tail);
    if (rc != SQLITE_OK) {
        setSqliteError(QStringLiteral("Unable to prepare the statement"), rc);
        finalize();
        return false;
    }
    if (tail && !QByteArray(tail).trimmed().isEmpty()) {
        // Silently running only the first of several statements would hide a mistake.
        setLastError(QSqlError(QStringLiteral("Unable to execute multiple statements at a time"),
                               {}, QSqlError::StatementError));
        finalize();
        return false;
    }
    return true;
}

bool SqlCipherResult::exec()
{
    if (!m_stmt) {
        setLastError(
            QSqlError(QStringLiteral("No prepared statement"), {}, QSqlError::StatementError));
        return false;
    }
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    return bindValues() && execute();
}

bool SqlCipherResult::bindValues()
{
    const QVariantList values = boundValues();
    const int expected = sqlite3_bind_parameter_count(m_stmt);
    if (values.size() != expected) {
        setLastError(
            QSqlError(QStringLiteral("Parameter count mismatch"),
                      QStringLiteral("%1 bound, %2 expected").arg(values.size()).arg(expected),
                      QSqlError::StatementError));
        return false;
    }
    for (int i = 0; i < values.size(); ++i) {
        const QVariant& value = values.at(i);
        const int position = i + 1;
        int rc = SQLITE_OK;
        if (value.isNull()) {
            rc = sqlite3_bind_null(m_stmt, position);
        } else {
            switch (value.typeId()) {
            case QMetaType::Bool:
            case QMetaType::Int:
            case QMetaType::UInt:
            case QMetaType::Long:
            case QMetaType::LongLong:
            case QMetaType::Short:
            case QMetaType::UShort:
            case QMetaType::Char:
            case QMetaType::UChar:
                rc = sqlite3_bind_int64(m_stmt, position, value.toLongLong());
                break;
            case QMetaType::ULong:
            case QMetaType::ULongLong:
                rc = sqlite3_bind_int64(m_stmt, position,
                                        static_cast<sqlite3_int64>(value.toULongLong()));
                break;
            case QMetaType::Double:
            case QMetaType::Float:
                rc = sqlite3_bind_double(m_stmt, position, value.toDouble());
                break;
            case QMetaType::QByteArray: {
                const QByteArray bytes = value.toByteArray();
                rc = sqlite3_bind_blob64(m_stmt, position, bytes.constData(),
                                         static_cast<sqlite3_uint64>(bytes.size()),
                                         SQLITE_TRANSIENT);
                break;
            }
            case QMetaType::QDateTime: {
                const QByteArray text =
                    value.toDateTime().toUTC().toString(Qt::ISODateWithMs).toUtf8();
                rc = sqlite3_bind_text64(m_stmt, position, text.constData(),
                                         static_cast<sqlite3_uint64>(text.size()), SQLITE_TRANSIENT,
                                         SQLITE_UTF8);
                break;
            }
            default: {
                const QByteArray text = value.toString().toUtf8();
                rc = sqlite3_bind_text64(m_stmt, position, text.constData(),
                                         static_cast<sqlite3_uint64>(text.size()), SQLITE_TRANSIENT,
                                         SQLITE_UTF8);
                break;
            }
            }
        }
        if (rc != SQLITE_OK) {
            setSqliteError(QStringLiteral("Unable to bind parameters"), rc);
            return false;
        }
    }
    return true;
}

bool SqlCipherResult::execute()
{
    m_rows.clear();
    m_firstRow = 0;
    m_exhausted = false;
    m_rowsAffected = 0;
    setAt(QSql::BeforeFirstRow);
    setActive(false);
    setLastError(QSqlError());

    readRecord();
    setSelect(sqlite3_column_count(m_stmt) > 0);
    if (!stepRow()) {
        if (lastError().isValid())
            return false;
        m_rowsAffected = sqlite3_changes(connection());
    }
    setActive(true);
    return true;
}

bool SqlCipherResult::stepRow()
{
    if (m_exhausted || !m_stmt)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        if (isForwardOnly() && !m_rows.isEmpty()) {
            // Keep the current row only: a forward-only reader never looks back.
            m_firstRow += static_cast<int>(m_rows.size()) - 1;
            m_rows.remove(0, m_rows.size() - 1);
        }
        m_rows.append(readRow());
        return true;
    }
    m_exhausted = true;
    if (rc != SQLITE_DONE)
        setSqliteError(QStringLiteral("Unable to fetch the row"), rc);
    // Resetting releases the statement's read lock at once instead of when it is destroyed.
    sqlite3_reset(m_stmt);
    return false;
}

QVariantList SqlCipherResult::readRow() const
{
    const int columns = sqlite3_column_count(m_stmt);
    QVariantList row;
    row.reserve(columns);
    for (int i = 0; i < columns; ++i) {
        switch (sqlite3_column_type(m_stmt, i)) {
        case SQLITE_INTEGER:
            row.append(QVariant::fromValue<qlonglong>(sqlite3_column_int64(m_stmt, i)));
            break;
        case SQLITE_FLOAT:
            row.append(sqlite3_column_double(m_stmt, i));
            break;
        case SQLITE_BLOB:
            row.append(QByteArray(static_cast<const char*>(sqlite3_column_blob(m_stmt, i)),
                                  sqlite3_column_bytes(m_stmt, i)));
            break;
        case SQLITE_NULL:
            row.append(QVariant(m_record.field(i).metaType()));
            break;
        default:
            row.append(
                QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, i)),
                                  sqlite3_column_bytes(m_stmt, i)));
            break;
        }
    }
    return row;
}

void SqlCipherResult::readRecord()
{
    m_record.clear();
    const int columns = sqlite3_column_count(m_stmt);
    for (int i = 0; i < columns; ++i) {
        const char* table = sqlite3_column_table_name(m_stmt, i);
        QSqlField field(QString::fromUtf8(sqlite3_column_name(m_stmt, i)),
                        metaTypeOfColumn(m_stmt, i), table ? QString::fromUtf8(table) : QString());
        m_record.append(field);
    }
}

const QVariantList* SqlCipherResult::currentRow() const
{
    const int index = at() - m_firstRow;
    if (at() < 0 || index < 0 || index >= m_rows.size())
        return nullptr;
    return &m_rows.at(index);
}

QVariant SqlCipherResult::data(int field)
{
    const QVariantList* row = currentRow();
    if (!row || field < 0 || field >= row->size())
        return {};
    return row->at(field);
}

bool SqlCipherResult::isNull(int field)
{
    const QVariantList* row = currentRow();
    return !row || field < 0 || field >= row->size() || row->at(field).isNull();
}

bool SqlCipherResult::fetch(int index)
{
    if (index < 0 || !isActive() || !isSelect())
        return false;
    if (index < m_firstRow)
        return false;
    while (m_firstRow + m_rows.size() <= index) {
        if (!stepRow())
            return false;
    }
    setAt(index);
    return true;
}

bool SqlCipherResult::fetchFirst()
{
    return fetch(0);
}

bool SqlCipherResult::fetchLast()
{
    if (!isActive() || !isSelect())
        return false;
    while (stepRow()) { }
    if (lastError().isValid() || m_rows.isEmpty())
        return false;
    setAt(m_firstRow + static_cast<int>(m_rows.size()) - 1);
    return true;
}

int SqlCipherResult::size()
{
    return -1;
}

int SqlCipherResult::numRowsAffected()
{
    return m_rowsAffected;
}

QVariant SqlCipherResult::lastInsertId() const
{
    sqlite3* db = connection();
    if (!db)
        return {};
    const sqlite3_int64 id = sqlite3_last_insert_rowid(db);
    return id == 0 ? QVariant() : QVariant::fromValue<qlonglong>(id);
}

QSqlRecord SqlCipherResult::record() const
{
    return isActive() ? m_record : QSqlRecord();
}

void SqlCipherResult::detachFromResultSet()
{
    if (m_stmt)
        sqlite3_reset(m_stmt);
    m_exhausted = true;
}

void SqlCipherResult::setSqliteError(const QString& text, int code)
{
    sqlite3* db = connection();
    setLastError(QSqlError(text, db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString(),
                           QSqlError::StatementError, QString::number(code)));
}
