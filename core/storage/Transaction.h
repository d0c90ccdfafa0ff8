#pragma once
// RAII transaction: rolls back unless commit() is called. Nested guards use savepoints, so a
// service can open one whether or not its caller already has.
#include "Result.h"

namespace gd {

class Database;

class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // False when BEGIN itself failed (the database is locked by another program).
    bool started() const { return m_started; }
    const Error &startError() const { return m_startError; }
    Status commit();

private:
    void rollback();
    Database &m_db;
    int m_level = 0;
    int m_captured = -1; // rows the edit capture held when this began: a rollback forgets the rest
    bool m_started = false;
    bool m_done = false;
    Error m_startError;
};

} // namespace gd
