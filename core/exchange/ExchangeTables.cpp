#include "ExchangeTables.h"

#include "schema/Tables.h"

namespace gd::exchange {

const QList<ExchangeTable> &exchangeTables()
{
    static const QList<ExchangeTable> list = [] {
        QList<ExchangeTable> out;
        for (const TableDef *def : tables::all()) {
            ExchangeTable t;
            t.name = def->name;
            t.columns = tables::metaColumns() + def->fields + def->derived;
            out << t;
        }
        ExchangeTable events;
        events.name = QStringLiteral("case_events");
        events.columns = QStringList{QStringLiteral("id"),
                                     QStringLiteral("case_id"),
                                     QStringLiteral("hlc"),
                                     QStringLiteral("site"),
                                     QStringLiteral("at_ms"),
                                     QStringLiteral("operator_id"),
                                     QStringLiteral("operator_login"),
                                     QStringLiteral("operator_name"),
                                     QStringLiteral("action"),
                                     QStringLiteral("note"),
                                     QStringLiteral("data"),
                                     QStringLiteral("after_event")};
        events.appendOnly = true;
        out << events;
        return out;
    }();
    return list;
}

const ExchangeTable *exchangeTable(const QString &name)
{
    for (const ExchangeTable &t : exchangeTables())
        if (t.name == name)
            return &t;
    return nullptr;
}

} // namespace gd::exchange
