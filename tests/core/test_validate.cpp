// Field checks shared by every service (core/util/Validate): phones as people type them,
// codes, dates, text lengths, and messages that name the field.
#include "util/Validate.h"

#include <catch2/catch.hpp>

using namespace gd;

namespace {
bool phoneOk(const char *text)
{
    return check::isPhone(QString::fromUtf8(text));
}
QString norm(const char *text)
{
    return check::normalizePhone(QString::fromUtf8(text));
}
} // namespace

TEST_CASE("mobile numbers: 11 digits starting 13 to 19")
{
    for (const char *ok : {"13812345678", "15912345678", "16612345678", "17012345678", "18612345678", "19912345678",
                           "138 1234 5678", "138-1234-5678", " 13812345678 "}) {
        INFO(ok);
        CHECK(phoneOk(ok));
    }
    for (const char *bad : {"10012345678", "11012345678", "12812345678", // no such prefixes
                            "1381234567",                                // 10 digits
                            "138123456789",                              // 12 digits
                            "23812345678"}) {
        INFO(bad);
        CHECK_FALSE(phoneOk(bad));
    }
}

TEST_CASE("landlines need their area code, the dash is optional")
{
    for (const char *ok : {"0532-82871234", "053282871234", "0532 82871234", "(0532)82871234", "（0532）82871234",
                           "010-62345678", "01062345678", "021-52345678", "0532-8287123"}) {
        INFO(ok);
        CHECK(phoneOk(ok));
    }
    for (const char *bad : {"82871234",       // no area code
                            "0532-02871234",  // a local number never starts with 0
                            "0532-12871234",  // … nor with 1
                            "0532-828712345", // 9-digit local number
                            "0532-82871"}) {  // too short
        INFO(bad);
        CHECK_FALSE(phoneOk(bad));
    }
}

TEST_CASE("full-width digits typed with a Chinese IME are phone numbers")
{
    CHECK(phoneOk("１３８１２３４５６７８"));
    CHECK(phoneOk("０５３２-８２８７１２３４"));
    // In full-width mode the IME types the dash full-width as well (U+FF0D).
    CHECK(phoneOk("０５３２－８２８７１２３４"));
    CHECK(phoneOk("１２３４５"));
    CHECK(phoneOk("１３８　１２３４　５６７８")); // ideographic spaces (U+3000)
    CHECK(norm("１３８１２３４５６７８") == QStringLiteral("13812345678"));
    CHECK(norm("０５３２－８２８７１２３４") == QStringLiteral("0532-82871234"));
}

TEST_CASE("service lines and 400/800 numbers")
{
    for (const char *ok :
         {"12345", "95598", "96777", "955888", "400-123-4567", "4001234567", "400 123 4567", "800-820-8820"}) {
        INFO(ok);
        CHECK(phoneOk(ok));
    }
    for (const char *bad : {"110", "1234", "123456", "400-123-456", "400-123-45678", "5001234567"}) {
        INFO(bad);
        CHECK_FALSE(phoneOk(bad));
    }
}

TEST_CASE("phone numbers refuse letters and other signs")
{
    for (const char *bad : {"138abcd5678", "tel 13812345678", "13812345678#", "0532-8287123x", "１３８一二三四５６７８",
                            "", "   ", "-", "()"}) {
        INFO(bad);
        CHECK_FALSE(phoneOk(bad));
    }
}

TEST_CASE("normalizePhone keeps one canonical form")
{
    CHECK(norm("138 1234 5678") == QStringLiteral("13812345678"));
    CHECK(norm("138-1234-5678") == QStringLiteral("13812345678"));
    CHECK(norm("053282871234") == QStringLiteral("0532-82871234"));
    CHECK(norm("(0532) 8287-1234") == QStringLiteral("0532-82871234"));
    CHECK(norm("0532-8287123") == QStringLiteral("0532-8287123"));
    CHECK(norm("01062345678") == QStringLiteral("010-62345678"));
    CHECK(norm("02152345678") == QStringLiteral("021-52345678"));
    CHECK(norm("4001234567") == QStringLiteral("400-123-4567"));
    CHECK(norm("800 820 8820") == QStringLiteral("800-820-8820"));
    CHECK(norm("12345") == QStringLiteral("12345"));
    CHECK(norm("") == QString());
    // Normalising twice changes nothing, and the canonical form is still a phone number.
    for (const char *t : {"138 1234 5678", "0532 82871234", "4001234567", "95598", "０１０６２３４５６７８"}) {
        INFO(t);
        const QString once = norm(t);
        CHECK(check::normalizePhone(once) == once);
        CHECK(check::isPhone(once));
    }
}

TEST_CASE("phone(): required or optional, and the message names the field")
{
    const QString label = QStringLiteral("办公电话");
    CHECK_FALSE(check::phone(QStringLiteral("phone"), label, QStringLiteral("13812345678"), true).isError());
    CHECK_FALSE(check::phone(QStringLiteral("phone"), label, QString(), false).isError());
    CHECK_FALSE(check::phone(QStringLiteral("phone"), label, QStringLiteral("  "), false).isError());

    const Error empty = check::phone(QStringLiteral("phone"), label, QStringLiteral("  "), true);
    CHECK(empty.kind == ErrorKind::Invalid);
    CHECK(empty.field == QStringLiteral("phone"));
    CHECK(empty.message.startsWith(label + QStringLiteral(": ")));

    const Error bad = check::phone(QStringLiteral("phone"), label, QStringLiteral(" 1381234567 "), false);
    CHECK(bad.kind == ErrorKind::Invalid);
    CHECK(bad.field == QStringLiteral("phone"));
    CHECK(bad.message.startsWith(label));
    CHECK(bad.message.contains(QStringLiteral("\"1381234567\""))); // the value as typed, trimmed
}

TEST_CASE("digits(): exact length, ASCII digits, and the parent's prefix")
{
    const QString label = QStringLiteral("Street code");
    auto d = [&](const char *value, const char *prefix = "370202") {
        return check::digits(QStringLiteral("code"), label, QString::fromUtf8(value), 9, QString::fromUtf8(prefix));
    };
    CHECK_FALSE(d("370202001").isError());
    CHECK_FALSE(d(" 370202001 ").isError());
    CHECK_FALSE(d("123456789", "").isError()); // no parent: any 9 digits

    for (const char *bad : {"37020200", "3702020011", "37020200a", "370 202 001", "３７０２０２００１", "-37020200"}) {
        INFO(bad);
        const Error e = d(bad);
        CHECK(e.kind == ErrorKind::Invalid);
        CHECK(e.field == QStringLiteral("code"));
        CHECK(e.message.startsWith(label));
        CHECK(e.message.contains(QStringLiteral("9")));
    }
    const Error prefix = d("370203001");
    CHECK(prefix.isError());
    CHECK(prefix.message.startsWith(label));
    CHECK(prefix.message.contains(QStringLiteral("370202")));

    const Error empty = d("   ");
    CHECK(empty.isError());
    CHECK(empty.message.startsWith(label));
}

TEST_CASE("isoDate(): YYYY-MM-DD and real calendar days only")
{
    auto date = [](const char *value, bool required = true) {
        return check::isoDate(QStringLiteral("start_date"), QStringLiteral("Start date"), QString::fromUtf8(value),
                              required);
    };
    for (const char *ok : {"2026-01-05", " 2026-01-05 ", "2024-02-29", "2026-12-31"}) {
        INFO(ok);
        CHECK_FALSE(date(ok).isError());
    }
    CHECK_FALSE(date("", false).isError());
    CHECK(date("", true).isError());
    CHECK(date("  ", true).message.startsWith(QStringLiteral("Start date")));
    // Stored dates are compared as text (cover ends vs starts), so only the one form is accepted.
    for (const char *bad :
         {"2026-02-29", "2026-13-01", "2026-00-10", "2026-01-32", "2026-1-5", "2026/01/05", "2026.01.05", "2026-01-05x",
          "2026-01-05T10:00:00", "20260105", "05/01/2026", "二〇二六-01-05", "next monday"}) {
        INFO(bad);
        const Error e = date(bad, false);
        CHECK(e.kind == ErrorKind::Invalid);
        CHECK(e.field == QStringLiteral("start_date"));
        CHECK(e.message.startsWith(QStringLiteral("Start date")));
    }
}

TEST_CASE("requiredText / optionalText: trimmed, limits inclusive, counted in characters")
{
    const QString label = QStringLiteral("姓名");
    auto req = [&](const QString &v, int max) { return check::requiredText(QStringLiteral("name"), label, v, max); };
    CHECK_FALSE(req(QStringLiteral("王芳"), 20).isError());
    CHECK_FALSE(req(QString(20, QChar(0x738B)), 20).isError()); // exactly the limit
    CHECK_FALSE(req(QStringLiteral("  ") + QString(20, QChar(0x738B)) + QStringLiteral("  "), 20).isError());
    const Error tooLong = req(QString(21, QChar(0x738B)), 20);
    CHECK(tooLong.kind == ErrorKind::Invalid);
    CHECK(tooLong.field == QStringLiteral("name"));
    CHECK(tooLong.message.startsWith(label));
    CHECK(tooLong.message.contains(QStringLiteral("21")));
    CHECK(tooLong.message.contains(QStringLiteral("20")));
    CHECK(req(QString(), 20).isError());
    CHECK(req(QStringLiteral(" \t\n "), 20).isError());
    CHECK(req(QStringLiteral("　"), 20).isError()); // an ideographic space is no name either

    // Rare characters in Chinese names (𠮷, outside the BMP) count as one character each.
    const QString rare = QString::fromUtf8("𠮷");
    QString twenty = rare;
    for (int i = 1; i < 20; ++i)
        twenty += QChar(0x738B);
    CHECK_FALSE(req(twenty, 20).isError());
    const Error rareTooLong = req(twenty + rare, 20);
    CHECK(rareTooLong.isError());
    CHECK(rareTooLong.message.contains(QStringLiteral("21 ")));

    auto opt = [&](const QString &v, int max) { return check::optionalText(QStringLiteral("note"), label, v, max); };
    CHECK_FALSE(opt(QString(), 5).isError());
    CHECK_FALSE(opt(QStringLiteral("12345"), 5).isError());
    CHECK_FALSE(opt(QStringLiteral(" 12345 "), 5).isError());
    const Error o = opt(QStringLiteral("123456"), 5);
    CHECK(o.isError());
    CHECK(o.field == QStringLiteral("note"));
    CHECK(o.message.startsWith(label));
}

TEST_CASE("range(): inclusive bounds, the label in the message")
{
    const QString label = QStringLiteral("Households");
    CHECK_FALSE(check::range(QStringLiteral("households"), label, 0, 0, 100).isError());
    CHECK_FALSE(check::range(QStringLiteral("households"), label, 100, 0, 100).isError());
    const Error low = check::range(QStringLiteral("households"), label, -1, 0, 100);
    CHECK(low.kind == ErrorKind::Invalid);
    CHECK(low.field == QStringLiteral("households"));
    CHECK(low.message.startsWith(label));
    CHECK(low.message.contains(QStringLiteral("100")));
    CHECK(check::range(QStringLiteral("households"), label, 100.5, 0, 100).isError());
}

TEST_CASE("no stored text holds control characters or direction overrides, line breaks only where multi-line",
          "[validate]")
{
    using gd::check::forbiddenCharacter;
    CHECK(forbiddenCharacter(QStringLiteral("楼道灯坏了 Building 3"), false) == -1);
    CHECK(forbiddenCharacter(QStringLiteral("第一行\n第二行\t缩进"), true) == -1);
    CHECK(forbiddenCharacter(QStringLiteral("第一行\n第二行"), false) == 3);
    CHECK(forbiddenCharacter(QStringLiteral("a\tb"), false) == 1);
    CHECK(forbiddenCharacter(QStringLiteral("铃\a声"), true) == 1);   // BEL
    CHECK(forbiddenCharacter(QStringLiteral("x\x1b[2J"), true) == 1); // ESC: clears a terminal
    CHECK(forbiddenCharacter(QStringLiteral("del\x7f"), true) == 3);  // DEL
    CHECK(forbiddenCharacter(QString(QChar(0x85)), true) == 0);       // C1 next line
    CHECK(forbiddenCharacter(QStringLiteral("12345") + QChar(0x202E) + QStringLiteral("678"), true) == 5); // RLO
    CHECK(forbiddenCharacter(QChar(0x2066) + QStringLiteral("张三"), false) == 0);                         // isolate
    CHECK(forbiddenCharacter(QChar(0x200D) + QStringLiteral("👨‍👩"), false) == -1); // joiners are text

    const gd::Error bidi = gd::check::requiredText(QStringLiteral("reporter_name"), QStringLiteral("诉求人"),
                                                   QStringLiteral("张") + QChar(0x202E) + QStringLiteral("三"));
    CHECK(bidi.field == QStringLiteral("reporter_name"));
    CHECK(bidi.message.contains(QStringLiteral("U+202E")));
    CHECK(bidi.message.contains(QStringLiteral("诉求人")));
    const gd::Error control =
        gd::check::optionalText(QStringLiteral("note"), QStringLiteral("备注"), QStringLiteral("响\a铃"), 200, true);
    CHECK(control.message.contains(QStringLiteral("U+0007")));
    CHECK(gd::check::optionalText(QStringLiteral("address"), QStringLiteral("地址"), QStringLiteral("路\n号"))
              .message.contains(QStringLiteral("one line")));
    CHECK_FALSE(
        gd::check::optionalText(QStringLiteral("note"), QStringLiteral("备注"), QStringLiteral("路\n号"), 200, true)
            .isError());
}

TEST_CASE("the byte-level check of a package's texts agrees with the rule on every character", "[validate]")
{
    // The oracle: forbiddenCharacter() on the QString, for every character of the BMP's first
    // planes and a few beyond, alone and between letters, one-line and multi-line.
    int checked = 0;
    for (char32_t cp = 1; cp < 0x10000; ++cp) {
        if (cp >= 0xD800 && cp <= 0xDFFF)
            continue;
        const QString one = QStringLiteral("路") + QString::fromUcs4(&cp, 1) + QStringLiteral("x");
        const QByteArray utf8 = one.toUtf8();
        for (const bool multiline : {false, true}) {
            const bool rule = gd::check::forbiddenCharacter(one, multiline) >= 0;
            const bool bytes = gd::check::holdsForbiddenUtf8(utf8.constData(), utf8.size(), multiline);
            if (rule != bytes) {
                INFO("U+" << std::hex << uint(cp) << " multiline " << multiline);
                CHECK(rule == bytes);
            }
            ++checked;
        }
    }
    CHECK(checked > 120000);
    const QByteArray emoji = QStringLiteral("👨‍👩 ok").toUtf8();
    CHECK_FALSE(gd::check::holdsForbiddenUtf8(emoji.constData(), emoji.size(), false));
}
