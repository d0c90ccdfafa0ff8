#pragma once
// A grid whose card is complete, built through the services as an office would: its worker
// (with a photo), head, paired police officer, property company, repair units of the street and
// of the district, the community's address and WeChat, and the office's supervision phone.
#include "ToolOutput.h"
#include "cards/CardContent.h"
#include "org/OfficeSettings.h"
#include "org/PoliceGridService.h"
#include "org/UnitService.h"
#include "test_org_fixture.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QProcess>

namespace gdtest {

// A small, always identical portrait: the reference image must not move with the test run.
inline QByteArray portrait()
{
    QImage img(90, 120, QImage::Format_RGB32);
    img.fill(QColor(0xcf, 0xe3, 0xf2));
    QPainter p(&img);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x4a, 0x6f, 0x8f));
    p.drawEllipse(QPointF(45, 45), 22, 26);
    p.drawRect(18, 80, 54, 40);
    p.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    img.save(&buffer, "PNG");
    return bytes;
}

inline QString addUnit(gd::Database &db, const QString &name, const QString &kind, const QString &phone,
                       const QString &streetId = {})
{
    return must(gd::UnitService(db).save(gd::Unit{{}, name, kind, phone, {}, streetId}));
}

struct CardWorld : District {
    QString worker, head, officer, policeGrid, property, grid;
    CardWorld()
    {
        gd::Community c = gd::HierarchyService(*db).community(community).value();
        c.address = QStringLiteral("红岛路12号");
        c.wechat = QStringLiteral("市南区红岛路社区");
        c.qrUrl = QStringLiteral("https://weixin.qq.com/r/hongdaolu");
        must(gd::HierarchyService(*db).saveCommunity(c));
        gd::OfficeIdentity office = gd::OfficeSettings(*db).load();
        office.name = QStringLiteral("市南区网格化服务管理中心");
        office.supervisionPhone = QStringLiteral("0532-88720180");
        REQUIRE(gd::OfficeSettings(*db).save(office).ok());

        worker = addWorker(*db, QStringLiteral("王芳"), QStringLiteral("13800000001"));
        gd::Worker w = gd::WorkerService(*db).worker(worker).value();
        w.photo = portrait();
        must(gd::WorkerService(*db).save(w));
        head = addWorker(*db, QStringLiteral("李建国"), QStringLiteral("13800000002"), QStringLiteral("grid_head"));
        officer = addWorker(*db, QStringLiteral("赵警官"), QStringLiteral("13800000003"), QStringLiteral("police"));
        gd::PoliceGrid p;
        p.streetId = street;
        p.code = QStringLiteral("JG-002-01");
        p.name = QStringLiteral("八大关第一警格");
        p.officerId = officer;
        policeGrid = must(gd::PoliceGridService(*db).save(p));
        property =
            addUnit(*db, QStringLiteral("青岛海韵物业"), QStringLiteral("property"), QStringLiteral("0532-86196548"));
        // The street's own water unit wins over the district's; power only district-wide.
        addUnit(*db, QStringLiteral("水务集团市南营业所"), QStringLiteral("water"), QStringLiteral("0532-80374615"));
        addUnit(*db, QStringLiteral("八大关供水站"), QStringLiteral("water"), QStringLiteral("0532-80370001"), street);
        addUnit(*db, QStringLiteral("国网青岛供电公司"), QStringLiteral("power"), QStringLiteral("95598"));
        addUnit(*db, QStringLiteral("华润燃气市南营业所"), QStringLiteral("gas"), QStringLiteral("0532-86435062"));
        addUnit(*db, QStringLiteral("市南供热分公司"), QStringLiteral("heating"), QStringLiteral("0532-81863035"));
        grid = addGrid(*db, community, gridCode(1), QStringLiteral("红岛路社区第1网格"), worker, head);
        gd::Grid g = gd::GridService(*db).grid(grid).value();
        g.policeGridId = policeGrid;
        g.propertyUnitId = property;
        must(gd::GridService(*db).save(g));
    }
    gd::CardContent card(const QString &gridId) { return gd::CardContents(*db).forGrid(gridId).value(); }
};

} // namespace gdtest
