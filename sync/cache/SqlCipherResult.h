#pragma once

#include <QSqlRecord>
#include <QSqlResult>
#include <QVariantList>

struct sqlite3;
struct sqlite3_stmt;
class SqlCipherDriver;

// One statement of an SqlCipherDriver connection. Rows are read from SQLite as the caller asks for
// them; a forward-only query keeps only the current row, a scrollable one keeps what it has read.
class SqlCipherResult : public QSqlResult
{
public:
    explicit SqlCipherResult(const SqlCipherDriver* driver);
    ~SqlCipherResult() override;

    QVariant handle() const override;

    // Called by the driver when its connection closes while this result still lives.
    void finalize();

protected:
    bool reset(const QString& query) override;
    bool prepare(const QString& query) override;
    bool exec() override;
    QVariant data(int field) override;
    bool isNull(int field) override;
    bool fetch(int index) override;
    bool fetchFirst() override;
    bool fetchLast() override;
    int size() override;
    int numRowsAffected() override;
    QVariant lastInsertId() const override;
    QSqlRecord record() const override;
    void detachFromResultSet() override;

private:
    sqlite3* connection() const;
    bool bindValues();
    bool execute();
    // Steps once; returns false at the end of the rows or on error (then lastError() is set).
    bool stepRow();
    QVariantList readRow() const;
    const QVariantList* currentRow() const;
    void readRecord();
    void setSqliteError(const QString& text, int code);
    void releaseStatement();

    const SqlCipherDriver* m_driver;
    sqlite3_stmt* m_stmt = nullptr;
    QSqlRecord m_record;
    // Rows read so far: m_rows[i] is row m_firstRow + i.
    QList<QVariantList> m_rows;
    int m_firstRow = 0;
    bool m_exhausted = true;
    int m_rowsAffected = 0;
};
