// How texts become search tokens and queries terms: folding, term splitting, phrases, and the
// highlight spans mapped back onto the original text.
#include "cases/SearchText.h"

#include <catch2/catch.hpp>

using namespace gd;

TEST_CASE("folding makes full-width and upper-case forms alike", "[search]")
{
    CHECK(search::fold(QStringLiteral("３号楼ＡＢ")) == QStringLiteral("3号楼ab"));
    CHECK(search::fold(QStringLiteral("Zhang San")) == QStringLiteral("zhang san"));
    CHECK(search::fold(QStringLiteral("漏水")) == QStringLiteral("漏水"));
    // An expanding character maps every folded character back to where it came from.
    QList<int> map;
    const QString folded = search::fold(QStringLiteral("a㈱b"), &map);
    CHECK(folded == QStringLiteral("a(株)b"));
    CHECK(map == QList<int>{0, 1, 1, 1, 2});
}

TEST_CASE("a query splits into folded terms at any kind of space", "[search]")
{
    CHECK(search::terms(QStringLiteral("  漏水\u3000３号楼 漏水 ")) ==
          QStringList{QStringLiteral("漏水"), QStringLiteral("3号楼")});
    CHECK(search::terms(QStringLiteral(" \t ")).isEmpty());
    CHECK(search::terms(QStringLiteral("a\u0001b")) == QStringList{QStringLiteral("ab")}); // controls dropped
    const QString longTerm(200, QChar(0x6C34));
    CHECK(search::terms(longTerm).first().size() == search::kMaxTermChars);
    QString many;
    for (int i = 0; i < 20; ++i)
        many += QString::number(i) + QLatin1Char(' ');
    CHECK(search::terms(many).size() == search::kMaxTerms);
}

TEST_CASE("phone tails are terms of at least four digits", "[search]")
{
    CHECK(search::isPhoneTail(QStringLiteral("5678")));
    CHECK(search::isPhoneTail(QStringLiteral("13953205678")));
    CHECK_FALSE(search::isPhoneTail(QStringLiteral("567")));
    CHECK_FALSE(search::isPhoneTail(QStringLiteral("56a8")));
}

TEST_CASE("tokens are bigrams closed by the end mark, then the distinct characters", "[search]")
{
    // ASCII is moved to the private-use block: 'a' (U+0061) becomes U+E061.
    const QString tokens = QString::fromUtf8(search::columnTokens({QStringLiteral("漏水a"), QStringLiteral("水")}));
    const QString a = QString(QChar(0xE061)), end = QString(QChar(0xE01F));
    CHECK(tokens.split(QLatin1Char(' ')) == QStringList{QStringLiteral("漏水"), QStringLiteral("水") + a, a + end,
                                                        QStringLiteral("水") + end, a, QStringLiteral("水"),
                                                        QStringLiteral("漏")});
    CHECK(search::columnTokens({}).isEmpty());
    CHECK(QString::fromUtf8(search::phoneTokens({QStringLiteral("12")})) ==
          QStringLiteral("\uE031\uE032 \uE032\uE01F"));
}

TEST_CASE("a phrase is one token for one character and the bigrams for more", "[search]")
{
    CHECK(search::phrase(QStringLiteral("水")) == QStringLiteral("\"水\""));
    CHECK(search::phrase(QStringLiteral("漏水")) == QStringLiteral("\"漏水\""));
    CHECK(search::phrase(QStringLiteral("楼道灯")) == QStringLiteral("\"楼道 道灯\""));
    CHECK(search::phrase(QStringLiteral("12"), true) == QStringLiteral("\"\uE031\uE032 \uE032\uE01F\""));
    // Characters outside the BMP stay whole.
    const QString emoji = QString::fromUcs4(U"\U0001F600");
    CHECK(search::phrase(emoji) == QLatin1Char('"') + emoji + QLatin1Char('"'));
}

TEST_CASE("occurrences are found in the original text's own positions", "[search]")
{
    const QString text = QStringLiteral("３号楼漏水，3号楼又漏水");
    const auto spans = search::occurrences(text, search::terms(QStringLiteral("3号楼")));
    REQUIRE(spans.size() == 2);
    CHECK(text.mid(spans[0].first, spans[0].second) == QStringLiteral("３号楼"));
    CHECK(text.mid(spans[1].first, spans[1].second) == QStringLiteral("3号楼"));
    // Overlapping matches merge into one span.
    const auto merged = search::occurrences(QStringLiteral("漏水管"), {QStringLiteral("漏水"), QStringLiteral("水管")});
    CHECK(merged == QList<QPair<int, int>>{{0, 3}});
    CHECK(search::occurrences(QStringLiteral("楼道"), {QStringLiteral("漏水")}).isEmpty());
    CHECK(search::containsTerm(QStringLiteral("ＡＢＣ"), QStringLiteral("bc")));
}
