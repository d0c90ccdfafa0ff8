#include "HubDigest.h"

#include "HubConnection.h"
#include "util/Sha256.h"

namespace gd::hub {

namespace {

// One read snapshot for every table: a digest taken while an ingest commits is of one moment.
class Snapshot
{
public:
    explicit Snapshot(HubConnection &hub)
        : m_hub(hub)
        , m_own(hub.exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")).ok())
    {}
    ~Snapshot()
    {
        if (m_own)
            (void)m_hub.exec(QStringLiteral("COMMIT"));
    }

private:
    HubConnection &m_hub;
    bool m_own;
};

} // namespace

Result<exchange::ContentDigest> digestHub(HubConnection &hub, const exchange::DigestProgress &progress)
{
    const Snapshot snapshot(hub);
    qint64 total = 0;
    if (progress) {
        for (const exchange::ExchangeTable &t : exchange::exchangeTables()) {
            auto n = hub.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(pgIdentifier(t.name)));
            if (!n)
                return n.error();
            total += n->toLongLong();
        }
        if (!progress(0, total))
            return Error::cancelled();
    }
    exchange::ContentDigest out;
    qint64 done = 0;
    for (const exchange::ExchangeTable &t : exchange::exchangeTables()) {
        QStringList columns;
        for (const QString &c : t.columns)
            columns << pgIdentifier(c);
        // COLLATE "C": byte order, as SQLite's BINARY.
        auto q = hub.run(QStringLiteral("SELECT %1 FROM %2 ORDER BY id COLLATE \"C\"")
                             .arg(columns.join(QStringLiteral(", ")), pgIdentifier(t.name)));
        if (!q)
            return q.error();
        exchange::Sha256 hash;
        std::string row;
        qint64 rows = 0;
        const int n = int(t.columns.size());
        while (q->next()) {
            row.assign(1, 'r');
            for (int i = 0; i < n; ++i)
                exchange::appendCanonicalValue(row, q->value(i));
            hash.addData(QByteArrayView(row.data(), qsizetype(row.size())));
            ++rows;
            if (progress && ++done % 8192 == 0 && !progress(done, total))
                return Error::cancelled();
        }
        out.tables << exchange::TableDigest{t.name, rows, hash.result()};
    }
    out.sha256 = exchange::combinedDigest(out.tables);
    return out;
}

} // namespace gd::hub
