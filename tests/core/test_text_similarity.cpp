// The text measure behind repeat detection: Dice over character bigrams of the normalised
// text, with the edge cases (empty, one character, repeated grams) pinned down.
#include "cases/TextSimilarity.h"

#include <catch2/catch.hpp>

using gd::TextSimilarity;

namespace {
QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}
double sim(const char *a, const char *b)
{
    return TextSimilarity::similarity(u(a), u(b));
}
} // namespace

TEST_CASE("normalising drops whitespace, punctuation and width, and folds case", "[repeats]")
{
    CHECK(TextSimilarity::normalize(u("Ｈｅｌｌｏ，  世界！")) == u("hello世界"));
    CHECK(TextSimilarity::normalize(u("“楼道灯”坏了……【急】\t(3号楼)")) == u("楼道灯坏了急3号楼"));
    CHECK(TextSimilarity::normalize(u("ＡＢＣ－１２３ ~!@#$%^&*")) == u("abc123"));
    CHECK(TextSimilarity::normalize(u("\u3000 \n")).isEmpty());
}

TEST_CASE("identical texts score 1 and texts sharing no bigram score 0", "[repeats]")
{
    CHECK(sim("楼道灯坏了好几天没人修", "楼道灯坏了好几天没人修") == 1.0);
    CHECK(sim("楼道灯坏了", "小区门口乱停车") == 0.0);
    // The same characters in another order share no bigram.
    CHECK(sim("灯坏", "坏灯") == 0.0);
}

TEST_CASE("punctuation, whitespace and full-width forms do not change the score", "[repeats]")
{
    CHECK(sim("楼道灯坏了！", "楼道 灯坏了。") == 1.0);
    CHECK(sim("３号楼ＡＢ单元漏水", "3号楼ab单元，漏水") == 1.0);
    CHECK(sim("暖气不热", "暖气   不热？？") == 1.0);
}

TEST_CASE("the score is symmetric", "[repeats]")
{
    const char *texts[] = {
        "楼道灯坏了好几天没人修",        "三单元楼道的灯坏了，一直没人修", "哈哈哈", "哈哈", "灯", "",
        "小区门口有人乱停车堵住消防通道"};
    for (const char *a : texts)
        for (const char *b : texts)
            CHECK(sim(a, b) == sim(b, a));
}

TEST_CASE("repeated bigrams count as a multiset", "[repeats]")
{
    // 哈哈哈 holds the gram 哈哈 twice, 哈哈 once: the shared count is min(2, 1) = 1.
    CHECK(sim("哈哈哈", "哈哈") == Approx(2.0 * 1 / (2 + 1)));
    // abab = {ab, ba, ab}, ab = {ab}: 2·1 / (3 + 1).
    CHECK(sim("abab", "ab") == Approx(0.5));
    CHECK(sim("abab", "abab") == 1.0);
}

TEST_CASE("empty and one-character texts", "[repeats]")
{
    CHECK(sim("", "") == 0.0);
    CHECK(sim("，。！", "楼道灯坏了") == 0.0); // nothing left after normalising
    CHECK(sim("灯", "灯") == 1.0);
    CHECK(sim("灯！", " 灯") == 1.0);
    CHECK(sim("灯", "灯坏了") == 0.0);
    CHECK(TextSimilarity::profile(QString()).isEmpty());
    CHECK(TextSimilarity::profile(u("灯")).grams.size() == 1);
}

TEST_CASE("characters outside the BMP count as one character", "[repeats]")
{
    const auto p = TextSimilarity::profile(u("𠮷野家"));
    CHECK(p.length == 3);
    CHECK(p.grams.size() == 2);
    CHECK(sim("𠮷野家门口", "𠮷野家门口") == 1.0);
    CHECK(sim("𠮷野", "吉野") == 0.0);
}

TEST_CASE("a realistic repeat scores high, an unrelated request low", "[repeats]")
{
    const double same = sim("楼道灯坏了好几天没人修", "三单元楼道的灯坏了，一直没人修");
    const double other = sim("楼道灯坏了好几天没人修", "小区门口有人乱停车，堵住了消防通道");
    // Shared: 楼道 灯坏 坏了 没人 人修 — 5 of 10 and 13 bigrams: 2·5 / 23.
    CHECK(same == Approx(10.0 / 23));
    CHECK(same > 0.4);
    CHECK(other < 0.1);
    CHECK(sim("3号楼暖气不热，屋里只有十五度", "三号楼暖气一点都不热，家里十五度") > 0.3);
    CHECK(sim("3号楼暖气不热，屋里只有十五度", "楼下饭店油烟太大") < 0.1);
}

TEST_CASE("a reusable profile gives the same score as comparing the texts", "[repeats]")
{
    // Intake compares one probe against many candidates: the probe's profile is built once.
    const QString probeText = u("三单元楼道的灯坏了，一直没人修，晚上老人上下楼很危险，希望尽快派人来修理。");
    const TextSimilarity::Profile probe = TextSimilarity::profile(probeText);
    for (int i = 0; i < 20; ++i) {
        const QString c = u("楼道灯坏了好几天没人修，") + QString::number(i) + u("号楼居民反映夜间照明不足。");
        CHECK(TextSimilarity::similarity(probe, TextSimilarity::profile(c)) ==
              Approx(TextSimilarity::similarity(probeText, c)));
    }
}
