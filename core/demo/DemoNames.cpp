#include "DemoNames.h"

namespace gd::demo {

namespace {

template <typename T, size_t N> constexpr List<T> list(const T (&items)[N])
{
    return {items, N};
}

// Communities and their roads. The streets and the communities the seed names are real
// (香港中路 street's six, 红岛路, 三明路, 大学路, 浮山所, 湛山, 亢家庄, 西镇); the rest take the
// name of a real road of the same part of the district, as most of Shinan's communities do.
const CommunitySeed kXianggangzhonglu[] = {
    {"香港中路", "香港中路、福州南路、南京路、彰化路"}, {"云霄路", "云霄路、闽江二路、燕儿岛路、台湾路"},
    {"江西路", "江西路、福州南路、延安三路、闽江一路"}, {"新贵都", "漳州二路、南京路、香港中路、泉州路"},
    {"闽江路", "闽江路、闽江三路、漳州一路、宁德路"},   {"东海西路", "东海西路、山东路、澳门一路、燕儿岛路"},
};
const CommunitySeed kBadaguan[] = {
    {"红岛路", "红岛路、黄海路、荣成路、正阳关路"},
    {"太平角", "太平角一路、太平角二路、太平角三路、武胜关路"},
    {"山海关路", "山海关路、居庸关路、嘉峪关路、韶关路"},
    {"汇泉", "汇泉路、文登路、南海路、函谷关路"},
};
const CommunitySeed kZhanshan[] = {
    {"湛山", "湛山二路、湛山三路、湛山四路、湛山五路"},     {"燕儿岛路", "燕儿岛路、东海二路、高雄路、湛山一路"},
    {"东海一路", "东海一路、太平角五路、海口路、香港西路"}, {"澳门路", "澳门路、香港西路、太平角四路、澳门三路"},
    {"新湛路", "新湛路、新湛二路、湛流干路、仰口路"},
};
const CommunitySeed kBadahu[] = {
    {"亢家庄", "太湖路、洪泽湖路、镜湖路、延安三路"},   {"延安三路", "延安三路、巢湖路、福州北路、高邮湖路"},
    {"南京路", "南京路、鄱阳湖路、洞庭湖路、微山湖路"}, {"徐州路", "徐州路、扬州路、镇江路、宿迁路"},
    {"漳州路", "漳州路、泉州路、莆田路、晋江路"},
};
const CommunitySeed kJinmenlu[] = {
    {"三明路", "三明路、三明南路、长汀路、建宁路"}, {"浮山所", "金门路、仙游路、永安路、浮山所路"},
    {"宁德路", "宁德路、厦门路、福州南路、霞浦路"}, {"仙游路", "仙游路、武夷路、南平路、建瓯路"},
    {"龙岩路", "龙岩路、上杭路、连城路、金门路"},
};
const CommunitySeed kZhuhailu[] = {
    {"麦岛", "麦岛路、东海中路、燕岛路、海尔路"},
    {"东海中路", "东海中路、珠海路、珠海一路、香港西路"},
    {"珠海二路", "珠海二路、珠海三路、逍遥一路、太平角六路"},
    {"逍遥路", "逍遥一路、逍遥二路、逍遥三路、珠海支路"},
};
const CommunitySeed kJiangsulu[] = {
    {"大学路", "大学路、黄县路、龙口路、鱼山路"},       {"江苏路", "江苏路、德县路、安徽路、沂水路"},
    {"观海路", "观海一路、观海二路、观象一路、平原路"}, {"鱼山路", "鱼山路、福山路、金口一路、金口二路"},
    {"龙山路", "龙山路、信号山路、龙江路、齐东路"},
};
const CommunitySeed kZhongshanlu[] = {
    {"中山路", "中山路、湖南路、肥城路、河南路"},
    {"天津路", "天津路、北京路、曲阜路、保定路"},
    {"湖北路", "湖北路、安徽路、浙江路、常州路"},
    {"广西路", "广西路、太平路、青岛路、蒙阴路"},
};
const CommunitySeed kYunnanlu[] = {
    {"西镇", "云南路、东平路、滋阳路、郓城南路"},
    {"贵州路", "贵州路、西藏路、嘉祥路、巨野路"},
    {"郯城路", "郯城路、费县路、汶上路、成武路"},
    {"单县路", "单县路、广州路、曹县路、定陶路"},
};
const CommunitySeed kBadaxia[] = {
    {"团岛", "团岛一路、团岛二路、团岛三路、团岛四路"}, {"观城路", "观城路、巫峡路、冠县路、朝城路"},
    {"瞿塘峡路", "瞿塘峡路、四川路、宁阳路、范县路"},   {"四川路", "四川路、莘县路、寿张路、阳谷路"},
    {"西陵峡路", "西陵峡路、团岛路、东阿路、临清路"},
};
const CommunitySeed kJinhulu[] = {
    {"金湖路", "金湖路、金坛路、金华路、金乡路"},
    {"孟庄路", "孟庄路、宁夏路、福州南路、宁海路"},
    {"宁夏路", "宁夏路、镇江南路、延安三路、银川西路"},
};

const StreetSeed kStreets[] = {
    {"香港中路", list(kXianggangzhonglu)},
    {"八大关", list(kBadaguan)},
    {"湛山", list(kZhanshan)},
    {"八大湖", list(kBadahu)},
    {"金门路", list(kJinmenlu)},
    {"珠海路", list(kZhuhailu)},
    {"江苏路", list(kJiangsulu)},
    {"中山路", list(kZhongshanlu)},
    {"云南路", list(kYunnanlu)},
    {"八大峡", list(kBadaxia)},
    {"金湖路", list(kJinhulu)},
};

const char *const kSurnames[] = {
    "王", "张", "李", "刘", "孙", "于", "姜", "赵", "杨", "陈", "徐", "高", "马", "郭", "林", "宋", "韩", "曹", "董",
    "吕", "梁", "崔", "周", "吴", "朱", "胡", "孔", "薛", "袁", "盛", "丁", "魏", "田", "滕", "纪", "隋", "矫", "宫",
    "臧", "逄", "栾", "毕", "修", "衣", "迟", "邵", "苏", "任", "彭", "郑", "谢", "罗", "冯", "唐", "许", "邓", "程",
    "贾", "蒋", "蔡", "范", "方", "石", "姚", "谭", "邹", "金", "陆", "郝", "白", "秦", "顾", "侯", "孟", "尹",
};
const char *const kFemaleGiven[] = {
    "芳", "丽", "静", "敏", "燕", "霞", "娟", "玲", "红", "艳", "萍", "婷", "雪", "琳", "慧",
    "颖", "洁", "倩", "蕾", "晶", "璐", "佳", "欣", "悦", "莉", "岚", "露", "薇", "瑶", "梅",
    "秀", "英", "兰", "凤", "荣", "琴", "云", "晴", "妍", "宁", "楠", "茜", "玮", "丹", "娜",
};
const char *const kMaleGiven[] = {
    "伟", "强", "磊", "军", "勇", "杰", "涛", "明", "超", "刚", "平", "辉", "鹏", "飞", "鑫",
    "波", "斌", "宇", "浩", "凯", "健", "俊", "帆", "旭", "龙", "林", "峰", "亮", "东", "海",
    "山", "成", "彬", "卫", "庆", "锋", "坤", "昊", "然", "晨", "博", "升", "岩", "毅", "哲",
};
const char *const kFemaleMiddle[] = {
    "晓", "春", "文", "海", "玉", "丽", "秀", "雅", "美", "梦", "思", "雨", "亚",
    "金", "静", "晶", "欣", "佳", "一", "红", "淑", "桂", "立", "嘉", "若",
};
const char *const kMaleMiddle[] = {
    "建", "志", "国", "永", "新", "文", "海", "晓", "春", "明", "立", "宏", "德",
    "家", "振", "子", "俊", "天", "世", "兆", "正", "学", "云", "传", "先",
};

const char *const kEstatePrefixes[] = {
    "书香", "海韵", "金湖", "福泰", "颐和", "丽景", "翠湖", "海景", "银海", "锦绣", "华阳", "紫荆", "碧海", "青云",
    "润和", "泰和", "安居", "福瑞", "瑞祥", "康乐", "海天", "天泰", "东方", "鑫海", "嘉和", "和平", "宏远", "盛世",
    "望海", "观澜", "听涛", "海悦", "金鼎", "怡和", "万和", "永安", "名人", "海逸", "百合", "温莎",
};
const char *const kEstateSuffixes[] = {"家园", "花园", "小区", "公寓", "新村", "名苑", "雅居", "嘉园"};
const char *const kDedicatedSites[] = {"小学", "中学", "幼儿园", "农贸市场", "商圈", "医院", "养老服务中心", "美食街"};

const char *const kMobilePrefixes[] = {"130", "131", "132", "133", "135", "136", "137", "138", "139",
                                       "150", "151", "152", "153", "155", "156", "157", "158", "159",
                                       "180", "181", "182", "183", "185", "186", "187", "188", "189"};

// The state grid's 95598 and the carriers' numbers are the real ones; the other lines are
// made up by the generator in the city's 0532-8xxxxxxx form.
const UnitSeed kDistrictUnits[] = {
    {"青岛能源热电集团市南供热分公司", "heating", "", "调度中心值班员"},
    {"青岛能源华润燃气市南营业所", "gas", "", "抢修班长"},
    {"国网青岛供电公司", "power", "95598", "市南供电服务中心客户经理"},
    {"青岛水务集团市南营业所", "water", "", "维修站站长"},
    {"中国电信青岛分公司", "telecom", "10000", "市南营业部经理"},
    {"中国移动青岛分公司", "telecom", "10086", "市南区域经理"},
    {"中国联通青岛分公司", "telecom", "10010", "市南区域经理"},
    {"青岛海韵物业服务有限公司", "property", "", "项目经理"},
    {"青岛金湖物业管理有限公司", "property", "", "项目经理"},
    {"青岛湛山物业服务有限公司", "property", "", "客服主管"},
    {"青岛八关物业管理有限公司", "property", "", "项目经理"},
    {"青岛云霄物业服务有限公司", "property", "", "客服主管"},
    {"青岛西镇物业管理有限公司", "property", "", "项目经理"},
};
const UnitSeed kStreetUnits[] = {
    {"%1派出所", "police_station", "", "社区警务室民警"},
    {"%1街道综合行政执法中队", "law_enforcement", "", "中队长"},
    {"%1街道城市管理办公室", "street_department", "", "主任"},
    {"%1街道平安建设办公室", "street_department", "", "副主任"},
};

} // namespace

const char *const kCommunityWorkerNote = "经考录纳入社区专职工作者";
const char *const kCommitteeNote = "换届选举当选社区居委会委员";

List<StreetSeed> streets()
{
    return list(kStreets);
}
List<const char *> surnames()
{
    return list(kSurnames);
}
List<const char *> femaleGiven()
{
    return list(kFemaleGiven);
}
List<const char *> maleGiven()
{
    return list(kMaleGiven);
}
List<const char *> femaleMiddle()
{
    return list(kFemaleMiddle);
}
List<const char *> maleMiddle()
{
    return list(kMaleMiddle);
}
List<const char *> estatePrefixes()
{
    return list(kEstatePrefixes);
}
List<const char *> estateSuffixes()
{
    return list(kEstateSuffixes);
}
List<const char *> dedicatedSites()
{
    return list(kDedicatedSites);
}
List<const char *> mobilePrefixes()
{
    return list(kMobilePrefixes);
}
List<UnitSeed> districtUnits()
{
    return list(kDistrictUnits);
}
List<UnitSeed> streetUnitTemplates()
{
    return list(kStreetUnits);
}

} // namespace gd::demo
