#include "DemoCaseTexts.h"

#include <string_view>

namespace gd::demo {

namespace {

template <typename T, size_t N> constexpr List<T> list(const T (&items)[N])
{
    return {items, N};
}

using H = CaseHandler;
using P = CasePlace;

// The weights lean toward what a Shinan community office hears most: property services, city
// appearance, utilities (heating in winter) and neighbours' disputes. The seed's own cases are
// among them: the dog in the fenced yard (0101), the lift added to an old building (0602), the
// rusting kitchen drain of an old couple (0603), the stairwell lights nobody maintains (0802)
// and the road broken by heating-pipe works (0803).
const CaseTemplate kTemplates[] = {
    // 01 disputes
    {"0101", 30, "complaint,help", H::Grid, P::Building, kMeeting,
     "{b}院子用围栏围起来当公共院落，{f}楼住户养的狗常年不拴绳在院里跑，孩子和老人都不敢下楼，沟通过几次没有用，已经{d}"
     "了。",
     "请社区出面协调，让养犬户文明养犬、出门拴绳。",
     "网格员会同楼组长上门调解，养犬户承诺出门拴绳并办理犬证，院内张贴文明养犬提示。"},
    {"0101", 22, "complaint,help", H::Grid, P::Home, 0,
     "{b}{u}单元{f}楼住户在楼道里堆放杂物、晾晒衣物，邻居多次劝说无果，双方已经吵了{d}。",
     "请网格员上门调解，把楼道清理出来。", "网格员上门调解，双方达成一致，楼道杂物已清理。"},
    {"0101", 20, "complaint", H::Grid, P::Home, 0,
     "{b}{u}单元{n}室楼上住户{d}以来每天夜里拖拽家具、走路声音很大，楼下老人睡不好觉，上去沟通反被骂。",
     "请社区出面调解噪音问题。", "组织双方当面沟通，楼上住户同意夜间十点后注意控制声音并铺设地垫。"},
    {"0101", 18, "complaint,help", H::Grid, P::Home, 0,
     "{b}{u}单元{n}室卫生间漏水渗到楼下，楼上住户不承认也不让进门查看，{d}了还没解决。",
     "请协调楼上住户配合维修，并赔偿楼下的损失。",
     "经调解楼上住户同意维修防水层并承担楼下墙面修复费用，双方签订调解协议。"},
    {"0102", 10, "help,complaint", H::Grid, P::Home, 0,
     "{b}{u}单元{n}室一位八十多岁的老人反映，子女{d}没来看望，也不给生活费，老人身体不好独自生活。",
     "请社区帮助协调子女履行赡养义务。", "网格员联系老人子女到社区面谈，子女承诺每月按时给付生活费并轮流照看。"},
    {"0103", 12, "complaint", H::Grid, P::Building, 0,
     "{b}业主和物业因为车位收费问题发生争执，物业{d}前把业主的车锁了，业主不交钱就不解锁。",
     "请社区协调物业解锁，并说明收费依据。", "社区约谈物业公司，物业已解锁车辆并公示停车收费标准。"},
    {"0104", 8, "help", H::SafetyOffice, P::Road, 0,
     "居民在{r}附近的装修工地干活，包工头拖欠工资{d}了，一共八千多元，打电话也不接。", "请帮助讨要被拖欠的工资。",
     "街道联合劳动保障部门约谈施工方，拖欠工资已全部结清。"},
    {"0105", 8, "help", H::Grid, P::Home, 0,
     "{b}{u}单元{n}室租房到期后租客不搬走，房东联系不上租客，押金和水电费的纠纷拖了{d}。", "请社区帮助调解租赁纠纷。",
     "网格员联系租客到社区调解，双方结清水电费，租客按约定日期搬离。"},
    {"0107", 6, "complaint", H::Grid, P::Building, 0,
     "{b}一楼住户在楼前公共绿地上私自圈地种菜、搭棚子，其他居民意见很大，已经{d}了。", "请恢复公共绿地。",
     "网格员上门做工作，住户已自行拆除围栏和棚子，绿地恢复。"},
    // 02 public-order leads: the paired police grid's officer
    {"0201", 6, "report", H::PoliceGrid, P::Building, 0,
     "{b}附近最近{d}经常有陌生人夜里在楼道里转悠，挨家看门牌，居民担心有小偷。", "请加强夜间巡逻，查看监控。",
     "社区民警调取监控并加强夜间巡逻，楼道加装了感应灯。"},
    {"0202", 6, "report", H::PoliceGrid, P::Home, 0,
     "{b}{u}单元{n}室{d}以来频繁更换租客，住了十几个人，进出很乱，怀疑是群租房。", "请核查出租房屋登记情况。",
     "民警与网格员上门核查，督促房东整改群租并办理租赁登记。"},
    {"0203", 5, "report,help", H::PoliceGrid, P::Building, 0,
     "{b}好几位老人反映{d}有人上门推销保健品，交钱就送鸡蛋，怀疑是诈骗。", "请民警上门宣传防诈骗并核查。",
     "民警上门开展防诈骗宣传，相关线索已移交派出所处理。"},
    // 03 safety hazards
    {"0301", 14, "report,complaint", H::Grid, P::Building, 0,
     "{b}楼道和消防通道被电动车、旧家具堵死{d}了，万一着火人都出不去。", "请组织清理消防通道。",
     "网格员组织楼组长和志愿者清理楼道杂物，消防通道已畅通。"},
    {"0302", 6, "report,help", H::Gas, P::Building, kEmergency,
     "{b}{u}单元楼道里有很浓的煤气味，住户不敢开灯，担心燃气泄漏。", "请燃气公司马上来查漏。",
     "燃气公司抢修人员到场检测，{f}楼住户灶前阀门松动漏气，已更换阀门。"},
    {"0303", 12, "report,complaint", H::Grid, P::Building, kUrgent,
     "{b}有住户从{f}楼窗户拉电线下来给电动车充电，电线垂到一楼，下雨天很危险。", "请制止飞线充电，建议加装集中充电桩。",
     "网格员上门劝导拆除飞线，街道已将该小区列入充电桩建设计划。"},
    {"0304", 6, "report", H::Property, P::Building, kUrgent,
     "{b}{f}楼外墙瓷砖有好几块松动，{d}前掉下来一块砸坏了楼下的车。", "请尽快排查外墙，设置警示。",
     "物业已拉设警戒线，请专业队伍清除了松动瓷砖并修复外墙。"},
    {"0305", 4, "report,help", H::CityOffice, P::Building, 0,
     "{b}是老楼，{u}单元楼梯间墙面出现裂缝{d}了，越来越宽，住户担心房屋安全。", "请联系有关部门进行房屋安全鉴定。",
     "街道委托鉴定机构完成房屋安全鉴定，属一般损坏，已安排加固修缮。"},
    // 04 city appearance
    {"0401", 26, "complaint", H::CityOffice, P::Building, 0,
     "{b}门前的垃圾桶{d}没人清运，垃圾满地都是，天一热就发臭招苍蝇。", "请环卫尽快清运，并增加清运次数。",
     "环卫已清运并对垃圾桶周边消杀，清运调整为每天两次。"},
    {"0401", 16, "complaint", H::CityOffice, P::Road, 0, "{r}路口的垃圾分类投放点被人乱扔大件垃圾，沙发床垫堆了{d}。",
     "请清理大件垃圾。", "城管办安排车辆清运大件垃圾，投放点张贴了大件垃圾预约清运电话。"},
    {"0402", 18, "complaint", H::Grid, P::Building, 0, "{b}院内有人长期堆放废品纸箱，{d}了，占用公共空间还招老鼠。",
     "请督促清理废品。", "网格员上门做工作，废品已清理，院内进行了灭鼠。"},
    {"0403", 12, "complaint", H::Grid, P::Building, 0,
     "{b}单元门口和楼道墙上贴满了开锁、通下水道的小广告，刚清理完又贴上了。", "请清理小广告并查处张贴的人。",
     "网格员组织志愿者清理小广告，楼道张贴提示并将号码报执法中队处理。"},
    {"0404", 14, "complaint,suggestion", H::CityOffice, P::Building, 0,
     "{b}楼前的大树枝杈伸到{f}楼窗户里了，挡光还招虫子，{d}没人修剪。", "请园林部门修剪树枝。",
     "园林养护队已对楼前树木进行修剪。"},
    {"0404", 8, "complaint", H::CityOffice, P::Road, 0, "{r}绿化带里的草{d}没人打理，长到半人高，还有人往里扔垃圾。",
     "请安排绿化养护。", "绿化养护单位已完成除草和垃圾清理，纳入日常巡查。"},
    // 05 street order and building
    {"0501", 12, "complaint", H::LawEnforcement, P::Road, 0,
     "{r}早市的摊贩占用人行道经营{d}了，早上行人只能走机动车道，很危险。", "请规范早市摊点，把人行道让出来。",
     "执法中队对占道摊点进行规范，划定临时经营区域并安排人员值守。"},
    {"0502", 14, "complaint", H::LawEnforcement, P::Building, 0,
     "{b}楼下的消防通道每天晚上都停满私家车，{d}了，上次救护车都进不来。", "请清理违停车辆，设置禁停标识。",
     "执法中队联合交警清理违停车辆，已施划禁停标线并安装警示牌。"},
    {"0503", 8, "report,complaint", H::LawEnforcement, P::Building, 0,
     "{b}顶楼住户在楼顶私搭阳光房，{d}前开始施工，楼下住户担心漏水和安全。", "请查处违法建设。",
     "执法中队现场核查，下达责令限期拆除通知书，违建已拆除。"},
    {"0504", 10, "complaint", H::LawEnforcement, P::Road, 0,
     "{r}附近的工地{d}以来每天晚上十点以后还在施工，噪音很大，影响休息。", "请查处夜间施工扰民。",
     "执法中队约谈施工单位，夜间施工已停止，施工时间调整为早七点至晚十点。"},
    // 06 property services
    {"0601", 12, "complaint,consultation", H::Grid, P::Building, 0,
     "{b}的物业{d}前突然上调物业费，没有公示，也没有开业主大会。", "请核查物业收费是否合规。",
     "社区约谈物业公司，调价方案暂缓执行，待业主大会表决后再定。"},
    {"0602", 26, "complaint", H::Property, P::Building, kUrgent,
     "{b}{u}单元的电梯{d}里坏了三次，有一次把老人困在里面半个多小时。", "请督促物业彻底维修电梯。",
     "物业联系电梯维保单位更换了控制主板，电梯经检测合格恢复运行。"},
    {"0602", 16, "help,suggestion", H::Grid, P::Building, kMeeting,
     "{b}{u}单元准备加装电梯，高层住户都同意，一二楼住户担心采光和噪音坚决反对，双方已经争了{d}。",
     "请社区组织居民议事会，协商加装电梯的方案。",
     "社区组织居民议事会，调整电梯位置并对低层住户给予补偿，全体住户签字同意。"},
    {"0603", 22, "complaint", H::Property, P::Home, 0,
     "{b}{u}单元顶楼屋面漏雨，{n}室家里墙皮都泡掉了，找物业{d}了没人管。", "请物业尽快修复屋面防水。",
     "物业已对屋面防水进行修补，经雨后查看不再渗漏。"},
    {"0603", 16, "complaint", H::Property, P::Building, 0, "{b}的单元门禁坏了{d}，门一直关不上，外人随便进出。",
     "请物业修好单元门禁。", "物业已更换门禁电磁锁，单元门恢复正常。"},
    {"0603", 20, "help", H::Grid, P::Home, 0,
     "{b}{u}单元{n}室住着一对八十多岁的老两口，厨房下水管锈穿了，漏水{d}，老人自己没法修，也找不到人。",
     "请帮忙联系维修，把下水管换掉。", "网格员联系志愿维修队上门，免费更换了厨房下水管。"},
    {"0603", 10, "complaint", H::Property, P::Building, 0,
     "{b}{u}单元楼道窗户的玻璃碎了{d}，冬天冷风直灌，还怕划伤孩子。", "请物业更换楼道窗户玻璃。",
     "物业已更换破损玻璃。"},
    {"0604", 6, "help,consultation", H::Grid, P::Building, kMeeting,
     "{b}的业主委员会{d}没换届，账目也不公开，业主们想重新选举。", "请社区指导业主委员会换届选举。",
     "社区指导成立换届筹备组，业主大会已完成业主委员会换届选举。"},
    {"0605", 10, "complaint,consultation", H::Property, P::Building, 0,
     "{b}的车位本来就少，物业又把一部分车位租给外来车辆，业主{d}天天找不到地方停车。", "请协调物业优先保障业主停车。",
     "物业已收回外租车位，优先租给本小区业主。"},
    // 07 utilities
    {"0701", 14, "complaint,consultation", H::Water, P::Home, 0, "{b}{u}单元{d}来水压很低，{f}楼以上白天基本没有水。",
     "请水务公司检查加压设备。", "水务公司检修了二次供水加压泵，水压恢复正常。"},
    {"0701", 6, "report", H::Water, P::Road, kUrgent, "{b}门前的自来水管爆了，水流了一地，路面已经结冰了。",
     "请马上派人关阀抢修。", "水务公司抢修人员已关阀更换破损管段，恢复供水并清理路面。"},
    {"0701", 4, "complaint", H::Water, P::Building, kEmergency,
     "{b}好几户居民反映自来水发黄有异味，有人喝了以后拉肚子。", "请立即检测水质，先停止供水。",
     "水务公司停水排查，清洗二次供水水箱，水质检测合格后恢复供水。"},
    {"0702", 12, "complaint", H::Power, P::Home, 0, "{b}{u}单元{d}来经常停电，一天跳闸好几次，冰箱里的东西都坏了。",
     "请供电公司检修线路。", "供电公司更换了单元老化的进户线和电表箱。"},
    {"0702", 5, "report", H::Power, P::Road, kUrgent, "{b}楼前的电线杆歪了，电线垂得很低，孩子放学就从下面走。",
     "请供电公司尽快扶正电杆、整理线路。", "供电公司已扶正电杆并重新架设线路。"},
    {"0703", 8, "complaint,consultation", H::Gas, P::Home, 0,
     "{b}{u}单元{n}室的燃气表{d}前换成新表以后，读数明显偏高。", "请燃气公司核查燃气表。",
     "燃气公司上门校验燃气表，计量正常，已向住户解释用气情况。"},
    {"0704", 40, "complaint", H::Heating, P::Home, kHeating,
     "{b}{u}单元{n}室的暖气不热，室温只有十四五度，已经{d}了，家里有老人和孩子。", "请热电公司上门检查，尽快恢复供暖。",
     "热电公司上门排气并清洗过滤器，室温已达到十八度以上。"},
    {"0704", 14, "report", H::Heating, P::Home, kHeating | kUrgent,
     "{b}{u}单元的暖气管道漏水，把{n}室住户家的天花板泡了。", "请马上派人维修暖气管道。",
     "热电公司抢修人员更换了漏水管段，恢复供暖。"},
    {"0704", 12, "complaint,consultation", H::Heating, P::Building, kHeating,
     "{b}今年的供热费已经交了，但暖气{d}一直不热，打了几次电话都说在排查。", "请热电公司给出明确的解决时间。",
     "热电公司对楼内管网进行水力平衡调节，各户温度已达标。"},
    {"0705", 6, "complaint", H::Telecom, P::Building, 0, "{b}楼道里的通信线缆乱拉乱挂，{d}前有一根线掉下来挡在楼道里。",
     "请通信公司整理线缆。", "通信公司已对楼道线缆进行规整捆扎。"},
    {"0705", 4, "complaint", H::Telecom, P::Home, 0, "{b}{u}单元{d}来手机信号很差，家里基本打不了电话。",
     "请通信公司改善信号覆盖。", "通信公司在楼顶加装了信号放大设备，信号已改善。"},
    // 08 municipal facilities
    {"0801", 8, "report", H::CityOffice, P::Road, kUrgent,
     "{r}人行道上的井盖破损{d}了，晚上看不清，已经有人踩空崴了脚。", "请尽快更换井盖。", "城管办已更换破损井盖。"},
    {"0802", 22, "complaint,help", H::Grid, P::Building, 0,
     "{b}{u}单元的楼道灯坏了{d}，没有物业，谁也不管，晚上上下楼只能打手电。", "请尽快修好楼道灯，并明确以后由谁维护。",
     "网格员协调社区为楼道更换了声控灯，并由楼组长负责日常报修。"},
    {"0802", 10, "complaint", H::CityOffice, P::Road, 0, "{r}的路灯坏了好几盏，{d}了，晚上整条路黑漆漆的。",
     "请修复路灯。", "路灯维护单位已更换损坏灯具，路灯恢复照明。"},
    {"0803", 16, "complaint,help", H::CityOffice, P::Road, kMeeting,
     "{r}因为供热管道施工把路面挖开，{d}了一直没有恢复，供热、燃气、自来水三家都说不归自己管，老人晚上出门差点摔倒。",
     "请尽快协调责任单位恢复路面。", "街道召开联席会明确由供热施工单位负责恢复，路面已重新铺设。"},
    {"0803", 8, "complaint", H::CityOffice, P::Road, 0, "{r}人行道的地砖塌陷{d}了，推婴儿车和坐轮椅的都过不去。",
     "请维修人行道。", "市政养护单位已重新铺设塌陷路段的地砖。"},
    {"0804", 10, "complaint", H::CityOffice, P::Building, 0, "{b}门前的雨水篦子堵了，一下雨就积水，{d}了没人疏通。",
     "请疏通排水管道。", "市政养护单位已疏通雨水管道。"},
    {"0804", 6, "complaint", H::CityOffice, P::Building, kUrgent, "{b}{u}单元的化粪池满溢，污水流到院子里，臭了{d}。",
     "请尽快清掏化粪池。", "已安排吸污车清掏化粪池并对院内消杀。"},
    {"0805", 4, "complaint,suggestion", H::CityOffice, P::Road, 0,
     "{r}的公共厕所{d}没开门，附近的老人和环卫工人都不方便。", "请恢复公厕开放。",
     "公厕维修完毕已恢复开放，公示了开放时间。"},
    // 09 livelihood services
    {"0901", 10, "consultation", H::Grid, P::Home, kConsultation,
     "{b}{u}单元{n}室居民咨询灵活就业人员的养老保险怎么续缴，退休年龄怎么计算。", "请告知办理流程和需要的材料。",
     "已当面解答续缴方式和退休年龄政策，告知所需材料。"},
    {"0902", 8, "consultation", H::Grid, P::Home, kConsultation,
     "{b}一位居民咨询今年城乡居民医保的缴费标准和截止时间。", "请告知缴费标准和缴费渠道。",
     "已告知缴费标准、截止时间和手机缴费方法。"},
    {"0903", 12, "help,consultation", H::Grid, P::Home, 0,
     "{b}{u}单元{n}室的独居老人行动不便，{d}没下过楼，想申请助餐和上门服务。", "请帮助申请居家养老服务。",
     "网格员协助老人申请居家养老服务，助餐和每周上门服务已开通。"},
    {"0903", 6, "help", H::Grid, P::Home, 0, "{b}{u}单元{n}室有一户残疾人家庭，想申请无障碍改造，在卫生间装扶手。",
     "请帮助申请无障碍改造。", "已协助申请残疾人家庭无障碍改造，扶手已安装。"},
    {"0904", 6, "help", H::Grid, P::Home, 0, "{b}{u}单元{n}室家里的主要劳动力生病住院，{d}没有收入，生活很困难。",
     "请帮助申请临时救助。", "网格员入户核实情况，协助申请的临时救助金已发放。"},
    {"0905", 5, "consultation,help", H::Grid, P::Home, kConsultation,
     "{b}一位居民失业{d}了，想了解社区有没有公益性岗位和技能培训。", "请介绍就业岗位和培训信息。",
     "已推荐社区公益性岗位并登记参加技能培训。"},
    {"0906", 8, "help,consultation", H::Grid, P::Home, 0,
     "{b}{u}单元{n}室的老人行动不便，需要办理高龄津贴认证，想请网格员代办。", "请帮忙代办高龄津贴认证。",
     "网格员上门采集信息，代办了高龄津贴认证。"},
    // 10 special groups
    {"1003", 4, "report,help", H::Grid, P::Home, kUrgent,
     "{b}{u}单元有一名精神障碍患者{d}来情绪不稳定，夜里大声喊叫，邻居很害怕。", "请社区和有关部门关注，协助送医。",
     "社区会同民警和家属协助患者到医院就诊，纳入重点关爱。"},
    {"1004", 3, "report", H::LawEnforcement, P::Road, 0, "{r}附近的网吧{d}以来经常有未成年人出入，家长很担心。",
     "请有关部门检查。", "执法部门对网吧进行检查，责令其落实未成年人禁入规定。"},
    // 11 opinions
    {"1101", 8, "consultation", H::Grid, P::Building, kConsultation,
     "居民咨询老旧小区改造的范围和时间，想知道{b}能不能列入今年的改造计划。", "请告知改造计划和申请方式。",
     "已解答老旧小区改造政策，{b}已列入明年的改造申报名单。"},
    {"1102", 5, "suggestion", H::CityOffice, P::Road, 0, "建议在{r}路口增设一处公交站点，{b}一带的老人出行很不方便。",
     "希望转交有关部门研究。", "建议已转交交通部门，答复将结合线路调整统筹考虑。"},
    {"1102", 5, "suggestion", H::Grid, P::Building, 0, "建议在{b}院内增加几组休闲座椅和健身器材，方便老人活动。",
     "希望社区考虑采纳。", "社区采纳建议，已在院内安装休闲座椅和健身器材。"},
    {"1103", 4, "praise", H::Grid, P::Building, kConsultation,
     "{b}的居民来电表扬网格员，{d}来多次上门帮独居老人买药、修水管。", "希望对网格员提出表扬。",
     "已将表扬转告网格员本人，并在社区公示栏通报表扬。"},
    // 12 emergencies
    {"1201", 2, "report", H::CityOffice, P::Road, kEmergency, "{r}有一棵大树被大风刮倒，压住了{b}门前的电线和车辆。",
     "请立即派人处置。", "街道组织园林和供电部门现场处置，倒伏树木已清理，线路恢复。"},
    {"1202", 1, "report", H::SafetyOffice, P::Home, kEmergency,
     "{b}{u}单元{n}室住户家里起火冒烟，已经拨打119，需要社区协助疏散居民。", "请社区马上到场协助疏散。",
     "社区和网格员到场协助疏散居民，火情已由消防扑灭，无人员伤亡。"},
    {"1203", 1, "report", H::Grid, P::Building, kEmergency, "{b}有好几户居民出现发烧腹泻，怀疑是食物中毒。",
     "请协调卫生部门处置。", "已报告卫生健康部门，疾控人员到场流调采样，患者已就医。"},
    // 13 other
    {"13", 6, "complaint", H::Grid, P::Building, 0, "{b}单元门口的共享单车乱停乱放，{d}了，把单元门都堵住了。",
     "请联系单车企业清理。", "已联系共享单车企业清运车辆，并在门口划定停放区。"},
};

const char *const kDurations[] = {"两三天",   "好几天", "一个星期", "一个多星期", "半个月", "半个多月", "一个月",
                                  "一个多月", "两个月", "两个多月", "三个月",     "小半年", "大半年",   "一年多"};

const char *const kGridNotes[] = {
    "网格员已上门查看情况，与居民当面沟通。",
    "已联系相关住户，约定周末一起协商解决。",
    "网格员现场拍照留存，已报社区统筹处理。",
    "已联系楼组长了解情况，正在协调。",
};
const char *const kPoliceNotes[] = {
    "社区民警已上门走访核查。",
    "民警与网格员联合走访，正在进一步核实。",
};
const char *const kPropertyNotes[] = {
    "已联系物业公司，物业答复安排维修人员上门。",
    "物业维修人员已到现场查看，需要采购配件。",
    "已督促物业制定维修方案，物业承诺尽快施工。",
};
const char *const kUtilityNotes[] = {
    "已电话联系承办单位，对方答复安排人员上门检修。",
    "承办单位人员已到现场查看，正在排查原因。",
    "承办单位答复已列入抢修计划。",
};
const char *const kEnforcementNotes[] = {
    "执法中队已到现场核查，下达了限期整改通知。",
    "执法队员现场劝导，当事人表示配合整改。",
};
const char *const kOfficeNotes[] = {
    "已派人到现场查看，列入近期维修计划。",
    "已联系养护单位，对方答复安排施工。",
    "街道正在协调相关单位共同处理。",
};

const char *const kMeetingNotes[] = {
    "组织居民议事会，楼内住户代表、物业和网格员共同协商，形成初步方案。",
    "召开联席会，相关单位和街道城管办现场会商，明确了各自责任。",
    "社区、民警和网格员召开“1+1+N”协调会，当事双方到场沟通。",
};
const char *const kRefuseNotes[] = {
    "属于个人之间的经济往来，不属于政府职责范围，不予受理，已向诉求人说明。",
    "诉求内容不明确，经联系诉求人无法补充，不予受理。",
    "同一事项已依法处理并答复，诉求人再次反映无新情况，不予受理。",
};
// Each with the channel it names (workflow::redirectTargets()).
const Redirect kRedirects[] = {
    {"police_110", "属于110警情，已告知居民直接报警。"},
    {"court", "属于司法诉讼事项，已告知居民依法向人民法院起诉。"},
    {"petition", "属于信访事项，已引导居民到信访部门反映。"},
    {"medical_120", "属于医疗急救，已告知居民拨打120。"},
    {"fire_119", "涉及火情，已告知居民拨打119。"},
};
const char *const kDeskAnswers[] = {
    "当场解答：已告知办理所需材料和社区服务站办公时间，居民表示清楚。",
    "当场解答：已说明相关政策和申请流程，并提供了咨询电话。",
    "已当场记录居民的表扬，转达相关网格员。",
    "已当场记录居民的建议，将在居民议事会上讨论。",
    "工作人员当场帮助居民在手机上完成了线上申报。",
};
const char *const kRouteUpNotes[] = {
    "超出网格处置能力，上报街道协调。",
    "涉及多个部门职责，提请街道统筹处理。",
};
const char *const kExtensionNotes[] = {
    "需要采购配件，无法在期限内完成，申请延期。",
    "涉及多方协调，需要召开联席会，申请延期。",
    "需等待业主大会表决，申请延期。",
    "施工受天气影响，申请延期。",
};
const char *const kSuperviseNotes[] = {
    "超期未办结，黄牌督办，请加快办理。",
    "超期多日仍未办结，红牌督办，请主要负责人督促落实。",
};
const char *const kReopenNotes[] = {
    "回访居民不满意，问题没有彻底解决，重新办理。",
    "居民反映问题仍然存在，重新派单办理。",
};
const char *const kCallbackNotes[] = {
    "电话回访，居民对办理结果表示满意。",
    "电话回访，居民表示基本满意。",
    "电话回访，居民表示不满意，认为问题没有解决。",
};
const char *const kRepeatPrefixes[] = {
    "邻居也反映：",
    "又有居民反映：",
    "居民再次反映：",
};

} // namespace

List<CaseTemplate> caseTemplates()
{
    return list(kTemplates);
}
List<const char *> durations()
{
    return list(kDurations);
}

List<const char *> progressNotes(CaseHandler handler)
{
    switch (handler) {
    case H::Grid: return list(kGridNotes);
    case H::PoliceGrid: return list(kPoliceNotes);
    case H::Property: return list(kPropertyNotes);
    case H::Water:
    case H::Power:
    case H::Gas:
    case H::Heating:
    case H::Telecom: return list(kUtilityNotes);
    case H::LawEnforcement: return list(kEnforcementNotes);
    case H::CityOffice:
    case H::SafetyOffice: return list(kOfficeNotes);
    }
    return list(kGridNotes);
}

List<const char *> meetingNotes()
{
    return list(kMeetingNotes);
}
List<const char *> refuseNotes()
{
    return list(kRefuseNotes);
}
List<Redirect> redirects()
{
    return list(kRedirects);
}
List<const char *> deskAnswers()
{
    return list(kDeskAnswers);
}

const char *returnNote(const char *reason)
{
    const std::string_view r(reason);
    if (r == "wrong_area")
        return "该地址不在本网格（单位）辖区范围内，请重新派单。";
    if (r == "unclear_ownership")
        return "该事项权属不清，不属于本单位职责。";
    return "涉及多个单位职责交叉，建议由上级统筹派单。";
}

List<const char *> routeUpNotes()
{
    return list(kRouteUpNotes);
}
List<const char *> extensionNotes()
{
    return list(kExtensionNotes);
}
List<const char *> superviseNotes()
{
    return list(kSuperviseNotes);
}
List<const char *> reopenNotes()
{
    return list(kReopenNotes);
}
List<const char *> callbackNotes()
{
    return list(kCallbackNotes);
}
List<const char *> repeatPrefixes()
{
    return list(kRepeatPrefixes);
}

} // namespace gd::demo
