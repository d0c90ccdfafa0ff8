<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QObject</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>gd</name>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>gd::BuildingService</name>
    <message>
        <source>Grid: choose the grid this building belongs to.</source>
        <translation>网格：请选择该楼栋所属的网格。</translation>
    </message>
    <message>
        <source>Building name</source>
        <translation>楼栋名称</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Address: give the road and number, e.g. 三明南路2号.</source>
        <translation>地址：请填写路名和门牌号，例如三明南路2号。</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <source>Building name: this grid already has %1.</source>
        <translation>楼栋名称：本网格已有 %1。</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>其他名称</translation>
    </message>
    <message>
        <source>Other names, line %1: %2</source>
        <translation>其他名称第%1行：%2</translation>
    </message>
    <message>
        <source>Compound</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>Property company: choose a unit of the kind property company.</source>
        <translation>物业公司：请选择类型为物业公司的单位。</translation>
    </message>
</context>
<context>
    <name>gd::CalendarRecompute</name>
    <message>
        <source>Deadline</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <source>Handler&apos;s deadline</source>
        <translation>承办时限</translation>
    </message>
    <message>
        <source>Sign for by</source>
        <translation>签收时限</translation>
    </message>
    <message>
        <source>Call back by</source>
        <translation>回访时限</translation>
    </message>
    <message>
        <source>The cases to count again cannot be read: %1</source>
        <translation>无法读取需要重算时限的诉求：%1</translation>
    </message>
</context>
<context>
    <name>gd::CalendarService</name>
    <message>
        <source>Date: %1 is already in the calendar as a %2 (%3).</source>
        <translation>日期：%1 已作为%2（%3）列入工作日历。</translation>
    </message>
    <message>
        <source>The day is no longer in the calendar.</source>
        <translation>该日期已不在工作日历中。</translation>
    </message>
    <message>
        <source>Line %1: the first line must be the header &quot;date,kind,name&quot;.</source>
        <translation>第 %1 行：第一行必须是表头“date,kind,name”。</translation>
    </message>
    <message>
        <source>Line %1: expected 3 values (date, kind, name), found %2.</source>
        <translation>第 %1 行：应有 3 个值（date、kind、name），实际有 %2 个。</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Line %1: %2 is already listed on line %3.</source>
        <translation>第 %1 行：%2 已在第 %3 行列出。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>… and %1 more lines with errors.</source>
        <translation>… 另有 %1 行存在错误。</translation>
    </message>
    <message>
        <source>The file lists no days.</source>
        <translation>文件中没有列出任何日期。</translation>
    </message>
    <message>
        <source>make-up working day</source>
        <translation>调休上班日</translation>
    </message>
    <message>
        <source>holiday</source>
        <translation>节假日</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind: &quot;%1&quot; is neither holiday nor workday.</source>
        <translation>类型：“%1”既不是 holiday（节假日），也不是 workday（调休上班日）。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind: %1 is a %2; only a Saturday or a Sunday can be a make-up working day.</source>
        <translation>类型：%1 是%2；只有星期六或星期日才能设为调休上班日。</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor GB18030 text.</source>
        <translation>该文件既不是 UTF-8 文本，也不是 GB18030 文本。</translation>
    </message>
</context>
<context>
    <name>gd::CardCheck</name>
    <message>
        <source>no grid worker</source>
        <translation>无网格员</translation>
    </message>
    <message>
        <source>the worker has no phone</source>
        <translation>网格员无电话</translation>
    </message>
    <message>
        <source>no police officer</source>
        <translation>无社区民警</translation>
    </message>
    <message>
        <source>no property company</source>
        <translation>无物业公司</translation>
    </message>
    <message>
        <source>vacant, covered by a part-time worker</source>
        <translation>网格空缺，由兼职网格员代管</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>the QR code would hold only the account&apos;s name: give the community its QR image or link</source>
        <translation>二维码只有公众号名称、无法扫码：请为社区上传二维码图片或填写链接</translation>
    </message>
</context>
<context>
    <name>gd::CardContents</name>
    <message>
        <source>There is no grid with this id: %1.</source>
        <translation>没有 id 为 %1 的网格。</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>供水</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>供电</translation>
    </message>
    <message>
        <source>Gas</source>
        <translation>燃气</translation>
    </message>
    <message>
        <source>Heating</source>
        <translation>供热</translation>
    </message>
</context>
<context>
    <name>gd::CardLayout</name>
    <message>
        <source>A6 card</source>
        <translation>A6 单张卡片</translation>
    </message>
    <message>
        <source>A4, four A6 cards with cut marks</source>
        <translation>A4 拼版，四张 A6 卡片带裁切线</translation>
    </message>
    <message>
        <source>A5 poster</source>
        <translation>A5 张贴版</translation>
    </message>
</context>
<context>
    <name>gd::CardPainter</name>
    <message>
        <source>Grid worker (part-time cover)</source>
        <translation>网格员（兼职代管）</translation>
    </message>
    <message>
        <source>Grid worker</source>
        <translation>网格员</translation>
    </message>
    <message>
        <source>Grid head: %1</source>
        <translation>网格长：%1</translation>
    </message>
    <message>
        <source>Community police: %1</source>
        <translation>社区民警：%1</translation>
    </message>
    <message>
        <source>Scan to follow</source>
        <translation>扫码关注</translation>
    </message>
    <message>
        <source>%1 office</source>
        <translation>%1居委会</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>地址：%1</translation>
    </message>
    <message>
        <source>WeChat account: %1</source>
        <translation>微信公众号：%1</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>物业</translation>
    </message>
    <message>
        <source>%1 repairs</source>
        <translation>%1报修</translation>
    </message>
    <message>
        <source>Citizen hotline</source>
        <translation>政务服务便民热线</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>监督电话</translation>
    </message>
    <message>
        <source>Service numbers</source>
        <translation>便民服务电话</translation>
    </message>
    <message>
        <source>Duties: %1</source>
        <translation>工作职责：%1</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>打印日期：%1</translation>
    </message>
    <message>
        <source>%1 (24 hours)</source>
        <translation>%1（24小时）</translation>
    </message>
    <message>
        <source>Party member</source>
        <translation>中共党员</translation>
    </message>
    <message>
        <source>Promise: %1</source>
        <translation>承诺：%1</translation>
    </message>
    <message>
        <source>%1 property</source>
        <translation>%1物业</translation>
    </message>
    <message>
        <source>1+1+N team</source>
        <translation>1+1+N团队</translation>
    </message>
</context>
<context>
    <name>gd::CardPrint</name>
    <message>
        <source>There are no grids to print cards for.</source>
        <translation>没有可打印便民联系卡的网格。</translation>
    </message>
    <message>
        <source>The printer or PDF file could not be opened for drawing.</source>
        <translation>无法打开打印机或 PDF 文件进行绘制。</translation>
    </message>
    <message>
        <source>Printing was cancelled; nothing was printed.</source>
        <translation>打印已取消，未打印任何内容。</translation>
    </message>
    <message>
        <source>The cards could not be finished.</source>
        <translation>便民联系卡未能完成输出。</translation>
    </message>
    <message>
        <source>the cards</source>
        <translation>联系卡</translation>
    </message>
</context>
<context>
    <name>gd::CardTemplate</name>
    <message>
        <source>Worker&apos;s photo</source>
        <translation>网格员照片</translation>
    </message>
    <message>
        <source>Grid head</source>
        <translation>网格长</translation>
    </message>
    <message>
        <source>Police officer</source>
        <translation>社区民警</translation>
    </message>
    <message>
        <source>Community office and WeChat</source>
        <translation>社区居委会地址和公众号</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>二维码</translation>
    </message>
    <message>
        <source>Property company</source>
        <translation>物业公司</translation>
    </message>
    <message>
        <source>Repair numbers</source>
        <translation>报修电话</translation>
    </message>
    <message>
        <source>12345 hotline</source>
        <translation>12345 热线</translation>
    </message>
    <message>
        <source>Supervision phone</source>
        <translation>监督电话</translation>
    </message>
    <message>
        <source>Duties</source>
        <translation>工作职责</translation>
    </message>
    <message>
        <source>Date printed</source>
        <translation>打印日期</translation>
    </message>
    <message>
        <source>Card title</source>
        <translation>卡片标题</translation>
    </message>
    <message>
        <source>Title colour</source>
        <translation>标题颜色</translation>
    </message>
    <message>
        <source>Accent colour</source>
        <translation>强调颜色</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a colour; write it as #RRGGBB.</source>
        <translation>%1：“%2”不是颜色，请按 #RRGGBB 格式填写。</translation>
    </message>
    <message>
        <source>Logo: the image is larger than 512 KB; choose a smaller one.</source>
        <translation>标志：图片超过 512 KB，请选择小一些的图片。</translation>
    </message>
    <message>
        <source>Logo: the file is not a PNG or JPEG image.</source>
        <translation>标志：该文件不是 PNG 或 JPEG 图片。</translation>
    </message>
    <message>
        <source>Fields shown: &apos;%1&apos; is not a part of the card.</source>
        <translation>显示内容：“%1”不是卡片的组成部分。</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Card language: &apos;%1&apos; is not one cards are printed in (zh_CN or en).</source>
        <translation>便民联系卡语言：“%1”不是可用的印制语言（zh_CN 或 en）。</translation>
    </message>
    <message>
        <source>Grid contact card</source>
        <translation>网格便民联系卡</translation>
    </message>
    <message>
        <source>Visits households, collects information, mediates disputes, finds hazards and helps residents with their requests.</source>
        <translation>入户走访、信息采集、矛盾调解、隐患排查，帮助居民反映和解决诉求。</translation>
    </message>
    <message>
        <source>No property company: report shared repairs to the community office</source>
        <translation>无物业：公共部位报修请联系社区居委会</translation>
    </message>
    <message>
        <source>Without a property company</source>
        <translation>无物业时的说明</translation>
    </message>
    <message>
        <source>Every call answered, every difficulty helped, within 24 hours</source>
        <translation>有呼必应&#x3000;有难必帮&#x3000;24小时响应</translation>
    </message>
    <message>
        <source>Grid promise</source>
        <translation>网格承诺</translation>
    </message>
    <message>
        <source>1+1+N team (building leaders, volunteers)</source>
        <translation>1+1+N团队（楼组长、志愿者）</translation>
    </message>
</context>
<context>
    <name>gd::CareRegister</name>
    <message>
        <source>Choose the household&apos;s grid.</source>
        <translation>请选择关爱对象所在网格。</translation>
    </message>
    <message>
        <source>The building is not in the household&apos;s grid.</source>
        <translation>该楼栋不在关爱对象所在网格内。</translation>
    </message>
    <message>
        <source>Give the name of the person cared for.</source>
        <translation>请填写关爱对象姓名。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a kind of care household.</source>
        <translation>“%1”不是关爱对象类别。</translation>
    </message>
    <message>
        <source>Visit a household every 1 to %1 days.</source>
        <translation>走访间隔应为 1 至 %1 天。</translation>
    </message>
    <message>
        <source>Only the grid&apos;s worker, its grid head and supervisors keep its care register.</source>
        <translation>只有本网格的网格员、网格长和主管可以维护关爱台账。</translation>
    </message>
    <message>
        <source>Only the grid&apos;s worker, its grid head and supervisors see this household in full.</source>
        <translation>只有本网格的网格员、网格长和主管可以查看该关爱对象的完整信息。</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>The phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>gd::CaseExport</name>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Hotline order</source>
        <translation>热线工单编号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Grid code</source>
        <translation>网格编码</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>诉求人</translation>
    </message>
    <message>
        <source>Reporter&apos;s phone</source>
        <translation>诉求人电话</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>Asks for</source>
        <translation>具体诉求</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation>首问负责单位</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>承办人</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>诉求</translation>
    </message>
</context>
<context>
    <name>gd::CaseQueries</name>
    <message>
        <source>Page size: between 1 and %1 cases.</source>
        <translation>每页条数：1 到 %1 条。</translation>
    </message>
    <message>
        <source>The page key does not belong to this list.</source>
        <translation>分页标记与此列表不符。</translation>
    </message>
    <message>
        <source>State: &quot;%1&quot; is not a case state.</source>
        <translation>状态：“%1”不是有效的诉求状态。</translation>
    </message>
    <message>
        <source>Channel: choose how the request arrived.</source>
        <translation>渠道：请选择诉求的来源渠道。</translation>
    </message>
    <message>
        <source>Deadline: choose due soon, overdue, late to sign for, or callbacks waiting or overdue.</source>
        <translation>时限：请选择即将到期、已超期、超时未签收，或待回访、回访超期。</translation>
    </message>
    <message>
        <source>Order: the callback deadline orders the callbacks waiting; show the callbacks waiting or overdue, or choose another order.</source>
        <translation>排序：按回访时限排序只用于待回访的诉求；请筛选待回访或回访超期，或选择其他排序。</translation>
    </message>
</context>
<context>
    <name>gd::CaseSearch</name>
    <message>
        <source>Search: type a word, a name or a phone number.</source>
        <translation>搜索：请输入词语、姓名或电话号码。</translation>
    </message>
    <message>
        <source>Search: show between 1 and %1 cases at a time.</source>
        <translation>搜索：每次显示 1 到 %1 条诉求。</translation>
    </message>
    <message>
        <source>Search: the page key is not one of this search&apos;s.</source>
        <translation>搜索：翻页标记不属于本次搜索。</translation>
    </message>
</context>
<context>
    <name>gd::CaseSearchIndex</name>
    <message>
        <source>The case does not exist.</source>
        <translation>该诉求不存在。</translation>
    </message>
</context>
<context>
    <name>gd::CaseService</name>
    <message>
        <source>The case could not be read.</source>
        <translation>无法读取该诉求。</translation>
    </message>
    <message>
        <source>There is no such case.</source>
        <translation>该诉求不存在。</translation>
    </message>
    <message>
        <source>There is no case numbered %1.</source>
        <translation>没有编号为 %1 的诉求。</translation>
    </message>
    <message>
        <source>Channel: choose how the request arrived.</source>
        <translation>渠道：请选择诉求的来源渠道。</translation>
    </message>
    <message>
        <source>Request type: choose one from the list.</source>
        <translation>诉求类型：请从列表中选择。</translation>
    </message>
    <message>
        <source>Urgency: choose normal, urgent or emergency.</source>
        <translation>紧急程度：请选择一般、紧急或特急。</translation>
    </message>
    <message>
        <source>Category: choose the category of the matter.</source>
        <translation>类别：请选择诉求事项的类别。</translation>
    </message>
    <message>
        <source>Reporter&apos;s name</source>
        <translation>诉求人姓名</translation>
    </message>
    <message>
        <source>Reporter&apos;s phone</source>
        <translation>诉求人电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Building: the chosen building no longer exists.</source>
        <translation>楼栋：所选楼栋已不存在。</translation>
    </message>
    <message>
        <source>Grid: the chosen grid no longer exists.</source>
        <translation>网格：所选网格已不存在。</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>What the resident asks for</source>
        <translation>具体诉求</translation>
    </message>
    <message>
        <source>Time received: is required.</source>
        <translation>受理时间：不能为空。</translation>
    </message>
    <message>
        <source>Time received: %1 is in the future.</source>
        <translation>受理时间：%1 是将来的时间。</translation>
    </message>
    <message>
        <source>Handler: the chosen worker no longer exists.</source>
        <translation>承办人：所选人员已不存在。</translation>
    </message>
    <message>
        <source>Handler: the chosen unit no longer exists.</source>
        <translation>承办人：所选承办单位已不存在。</translation>
    </message>
    <message>
        <source>Hotline order number</source>
        <translation>热线工单编号</translation>
    </message>
    <message>
        <source>This office</source>
        <translation>本单位</translation>
    </message>
    <message>
        <source>This report was already split out of the case.</source>
        <translation>该次反映已从此诉求中拆分出去。</translation>
    </message>
    <message>
        <source>The case has no such report.</source>
        <translation>该诉求中没有这次反映。</translation>
    </message>
    <message>
        <source>Extension: this office grants no extensions.</source>
        <translation>延期：本单位不批准延期。</translation>
    </message>
    <message>
        <source>Days: this office grants at most %1 working days.</source>
        <translation>天数：本单位最多批准 %1 个工作日的延期。</translation>
    </message>
    <message>
        <source>Return: a wrong dispatch is returned within %1 working days; this case came on %2, so the time to return it ended %3. Ask a supervisor to redirect it.</source>
        <translation>退单：派错的诉求须在 %1 个工作日内退回；本诉求于 %2 派来，退单时限已于 %3 截止。请负责人改派。</translation>
    </message>
    <message>
        <source>Extension: the case has had the %1 extension(s) this office grants.</source>
        <translation>延期：本诉求已用完本单位允许的 %1 次延期。</translation>
    </message>
    <message>
        <source>The case&apos;s timeline could not be read: %1</source>
        <translation>无法读取该诉求的办理记录：%1</translation>
    </message>
    <message>
        <source>%1 cases have the number %2 (an identity conflict from a merge, see the open conflicts): name the case by its id, one of %3.</source>
        <translation>有 %1 件诉求编号都是 %2（合并带来的编号重复，见待处理冲突）：请用诉求的 ID 指明，可选：%3。</translation>
    </message>
    <message>
        <source>Time received: %1 is before %2; check the year.</source>
        <translation>受理时间：%1 早于 %2，请检查年份。</translation>
    </message>
    <message>
        <source>Only the handler signs for this case: %1, who signs in as %2.</source>
        <translation>只有承办人本人才能签收此诉求：%1（登录名 %2）。</translation>
    </message>
    <message>
        <source>Extension: the deadline passed on %1; only a supervisor grants a late extension, with the reason.</source>
        <translation>延期：办理时限已于 %1 届满；逾期延期只能由负责人申请，并须说明理由。</translation>
    </message>
    <message>
        <source>Only %1&apos;s operators sign for this case (for example %2).</source>
        <translation>只有%1的操作员才能签收此诉求（如 %2）。</translation>
    </message>
    <message>
        <source>Callback: the resident is called back by someone other than the handler; ask a colleague at the desk.</source>
        <translation>回访：回访须由承办人以外的人员进行，请由本单位其他同事回访。</translation>
    </message>
    <message>
        <source>Unreachable: this office calls %1 times before a callback is closed as unreachable; %2 unanswered call(s) are recorded. Record this one as &quot;Callback not answered&quot; and call again later.</source>
        <translation>无法联系：本单位须回访 %1 次均未接通，才能按“无法联系”结束回访；目前已记录 %2 次未接通。请将本次记为“回访未接通”，稍后再回访。</translation>
    </message>
    <message>
        <source>A case cannot be merged into itself.</source>
        <translation>诉求不能并入它自己。</translation>
    </message>
    <message>
        <source>Case %1 was itself merged into another case; merge into that one.</source>
        <translation>诉求 %1 本身已并入另一件诉求，请并入那一件。</translation>
    </message>
    <message>
        <source>Case %1 is %2: only a case not yet dispatched is merged into another; attach a report to the other case instead.</source>
        <translation>诉求 %1 当前为“%2”：只有尚未派单的诉求才能并入另一件；请改为在另一件诉求上关联重复反映。</translation>
    </message>
    <message>
        <source>Case %1 is not waiting for a decision on a repeat.</source>
        <translation>诉求 %1 没有待研判的疑似重复。</translation>
    </message>
    <message>
        <source>Unreachable: this office calls %1 times before a callback is closed as unreachable; %2 unanswered call(s) to this report&apos;s resident are recorded. Record this one as &quot;Callback not answered&quot; for the report and call again later.</source>
        <translation>无法联系：本单位规定回访 %1 次未接通才能按“无法联系”办结；这条反映的诉求人已记录 %2 次未接通。请先将本次记为该反映的“回访未接通”，稍后再打。</translation>
    </message>
    <message>
        <source>Found by: the chosen worker no longer exists.</source>
        <translation>发现人：所选人员已不存在。</translation>
    </message>
</context>
<context>
    <name>gd::CaseSettings</name>
    <message>
        <source>Repeat window (days)</source>
        <translation>重复诉求判定期（天）</translation>
    </message>
    <message>
        <source>Calendar, %1: %2</source>
        <translation>工作日历，%1：%2</translation>
    </message>
    <message>
        <source>Attach from score</source>
        <translation>自动合并分值</translation>
    </message>
    <message>
        <source>Review from score</source>
        <translation>人工研判分值</translation>
    </message>
    <message>
        <source>Review from score: give at most the attach score (%1); a pair scored above it is attached, not reviewed.</source>
        <translation>人工研判分值：不能高于自动合并分值（%1）；高于该分值的会直接合并，不再人工研判。</translation>
    </message>
</context>
<context>
    <name>gd::CaseView</name>
    <message>
        <source>The case could not be read: %1</source>
        <translation>无法读取诉求：%1</translation>
    </message>
    <message>
        <source>There is no case %1 here.</source>
        <translation>这里没有诉求 %1。</translation>
    </message>
    <message>
        <source>There is no case numbered %1 here.</source>
        <translation>这里没有编号为 %1 的诉求。</translation>
    </message>
</context>
<context>
    <name>gd::CaseWorkload</name>
    <message>
        <source>The due board could not be read: %1</source>
        <translation>无法读取到期预警：%1</translation>
    </message>
</context>
<context>
    <name>gd::CategoryService</name>
    <message>
        <source>There is no such category.</source>
        <translation>该类别不存在。</translation>
    </message>
    <message>
        <source>There is no category with code %1.</source>
        <translation>没有编码为 %1 的类别。</translation>
    </message>
    <message>
        <source>Code: two digits for a category, four for a sub-category.</source>
        <translation>编码：一级类别为 2 位数字，二级类别为 4 位数字。</translation>
    </message>
    <message>
        <source>Category name</source>
        <translation>类别名称</translation>
    </message>
    <message>
        <source>Code: a sub-category has four digits, a category two.</source>
        <translation>编码：二级类别为 4 位数字，一级类别为 2 位数字。</translation>
    </message>
    <message>
        <source>Parent: choose a top-level category.</source>
        <translation>上级类别：请选择一个一级类别。</translation>
    </message>
    <message>
        <source>Code: must start with %1, the parent&apos;s code.</source>
        <translation>编码：须以上级类别的编码 %1 开头。</translation>
    </message>
    <message>
        <source>Code: %1 is already used.</source>
        <translation>编码：%1 已被使用。</translation>
    </message>
    <message>
        <source>Route: %1 is not a route; choose %2, %3, %4 or none.</source>
        <translation>分流方向：%1 不是有效的分流方向；请选择%2、%3、%4或不分流。</translation>
    </message>
</context>
<context>
    <name>gd::ClockAgreement</name>
    <message>
        <source>This PC&apos;s clock (%1) is behind the newest change in this file (%2): correct the PC&apos;s date and time, or have an administrator confirm that the clock is right. Nothing can be saved until then.</source>
        <translation>本机时间（%1）早于本文件最新的修改（%2）：请校正本机的日期和时间，或由管理员确认时间无误。在此之前无法保存任何内容。</translation>
    </message>
    <message>
        <source>This PC&apos;s clock (%1) is far ahead of the newest change in this file (%2): correct the PC&apos;s date and time, or have an administrator confirm that the clock is right. Nothing can be saved until then.</source>
        <translation>本机时间（%1）远远晚于本文件最新的修改（%2）：请校正本机的日期和时间，或由管理员确认时间无误。在此之前无法保存任何内容。</translation>
    </message>
    <message>
        <source>Only an administrator confirms that this PC&apos;s clock is right.</source>
        <translation>只有管理员可以确认本机时间无误。</translation>
    </message>
    <message>
        <source>Clock tolerance: %1 hours is not between 1 and %2.</source>
        <translation>时钟容差：%1 小时不在 1 到 %2 之间。</translation>
    </message>
</context>
<context>
    <name>gd::CouncilService</name>
    <message>
        <source>&apos;%1&apos; is not a kind of residents&apos; meeting.</source>
        <translation>“%1”不是居民议事的类型。</translation>
    </message>
    <message>
        <source>Choose the community where it met.</source>
        <translation>请选择议事所在的社区。</translation>
    </message>
    <message>
        <source>The grid is not in the community.</source>
        <translation>该网格不属于这个社区。</translation>
    </message>
    <message>
        <source>A grid self-management committee meets for its grid: choose it.</source>
        <translation>网格自管会为本网格议事，请选择网格。</translation>
    </message>
    <message>
        <source>it met</source>
        <translation>议事</translation>
    </message>
    <message>
        <source>The topic</source>
        <translation>议题</translation>
    </message>
    <message>
        <source>The place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>%1: give a number from 0 to %2.</source>
        <translation>%1：请填写 0 至 %2 之间的人数。</translation>
    </message>
    <message>
        <source>Count who attended.</source>
        <translation>请填写参会人数。</translation>
    </message>
    <message>
        <source>The positions</source>
        <translation>各方意见</translation>
    </message>
    <message>
        <source>The resolution</source>
        <translation>议事结果</translation>
    </message>
    <message>
        <source>The rule</source>
        <translation>规约</translation>
    </message>
    <message>
        <source>The rule&apos;s title</source>
        <translation>规约名称</translation>
    </message>
    <message>
        <source>A rule adopted keeps both its title and its text.</source>
        <translation>形成的规约须同时填写名称和内容。</translation>
    </message>
    <message>
        <source>Link at most %1 requests.</source>
        <translation>最多关联 %1 件诉求。</translation>
    </message>
    <message>
        <source>There is no such request.</source>
        <translation>没有这件诉求。</translation>
    </message>
    <message>
        <source>The request %1 is not of the community&apos;s grids.</source>
        <translation>诉求 %1 不属于该社区的网格。</translation>
    </message>
    <message>
        <source>There is no such meeting of residents.</source>
        <translation>没有这次居民议事。</translation>
    </message>
    <message>
        <source>Ask for 1 to %1 meetings of residents at a time.</source>
        <translation>每次可取 1 至 %1 次议事。</translation>
    </message>
</context>
<context>
    <name>gd::CsvReader</name>
    <message>
        <source>Line %1: a quoted field is never closed (a &quot; is missing).</source>
        <translation>第 %1 行：带引号的字段没有结束（缺少一个 &quot;）。</translation>
    </message>
</context>
<context>
    <name>gd::CsvTable</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>%1 is empty: it has no header line.</source>
        <translation>%1 是空文件：没有标题行。</translation>
    </message>
</context>
<context>
    <name>gd::Database</name>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Could not back up %1 before upgrading it: %2</source>
        <translation>升级前无法备份 %1：%2</translation>
    </message>
    <message>
        <source>There is no GridDesk file at %1.</source>
        <translation>找不到网格工作台文件 %1。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a GridDesk file.</source>
        <translation>%1 是文件夹，不是网格工作台文件。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is empty: it holds no GridDesk data.</source>
        <translation>%1 是空文件，不含网格工作台数据。</translation>
    </message>
    <message>
        <source>%1 is not a GridDesk database (it is not an SQLite file).</source>
        <translation>%1 不是网格工作台数据库（它不是 SQLite 文件）。</translation>
    </message>
    <message>
        <source>%1 is damaged: its header is cut short.</source>
        <translation>%1 已损坏：文件头不完整。</translation>
    </message>
    <message>
        <source>%1 is damaged or not a database: %2</source>
        <translation>%1 已损坏或不是数据库：%2</translation>
    </message>
    <message>
        <source>%1 is an empty database: it holds no GridDesk data.</source>
        <translation>%1 是空数据库，不含网格工作台数据。</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a GridDesk file; it was left as it is.</source>
        <translation>%1 是 SQLite 数据库，但不是网格工作台文件；未对其做任何改动。</translation>
    </message>
    <message>
        <source>%1 was written by a newer GridDesk (file version %2, this program knows up to %3). Install the newer GridDesk to open it.</source>
        <translation>%1 由较新版本的网格工作台写入（文件版本 %2，本程序最高支持版本 %3）。请安装新版网格工作台后再打开。</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 已损坏：%2</translation>
    </message>
    <message>
        <source>%1 cannot be made: its folder is read-only.</source>
        <translation>无法建立 %1：所在文件夹是只读的。</translation>
    </message>
    <message>
        <source>%1 was written by an older GridDesk and must be upgraded before it is read, but it is read-only: copy it to a folder you may write to.</source>
        <translation>%1 由旧版网格工作台写成，读取前须先升级，但它是只读的：请复制到可写的文件夹。</translation>
    </message>
</context>
<context>
    <name>gd::DeadlineRules</name>
    <message>
        <source>Normal cases (working days)</source>
        <translation>一般诉求办理时限（工作日）</translation>
    </message>
    <message>
        <source>Urgent cases (working days)</source>
        <translation>紧急诉求办理时限（工作日）</translation>
    </message>
    <message>
        <source>Emergency response (hours)</source>
        <translation>特急诉求响应时限（小时）</translation>
    </message>
    <message>
        <source>Longest extension (working days)</source>
        <translation>最长延期（工作日）</translation>
    </message>
    <message>
        <source>Extensions per case</source>
        <translation>每件诉求可延期次数</translation>
    </message>
    <message>
        <source>Returning a wrong dispatch (working days)</source>
        <translation>派单错误退单时限（工作日）</translation>
    </message>
    <message>
        <source>The deadline settings are damaged: they are not a JSON object.</source>
        <translation>时限规则设置已损坏：不是 JSON 对象。</translation>
    </message>
    <message>
        <source>Urgent cases (working days): cannot be longer than for a normal case (%1).</source>
        <translation>紧急诉求办理时限（工作日）：不能长于一般诉求（%1）。</translation>
    </message>
    <message>
        <source>Request type &quot;%1&quot;: not a request type.</source>
        <translation>诉求类型“%1”：不是有效的诉求类型。</translation>
    </message>
    <message>
        <source>%1 (working days)</source>
        <translation>%1（工作日）</translation>
    </message>
    <message>
        <source>Urgency: &quot;%1&quot; is not an urgency.</source>
        <translation>紧急程度：“%1”不是有效的紧急程度。</translation>
    </message>
    <message>
        <source>Extension: this office grants no extensions.</source>
        <translation>延期：本单位不允许延期。</translation>
    </message>
    <message>
        <source>Extension: the case already had its extension (at most %1 per case).</source>
        <translation>延期：该诉求已延期过（每件诉求最多延期 %1 次）。</translation>
    </message>
    <message>
        <source>Extension: between 1 and %1 working days (not %2).</source>
        <translation>延期：须为 1 至 %1 个工作日（不能为 %2 个）。</translation>
    </message>
    <message>
        <source>%1 An administrator must save the case rules again (File → Case rules).</source>
        <translation>%1 请管理员重新保存诉求规则（文件 → 诉求规则）。</translation>
    </message>
    <message>
        <source>The deadline settings are damaged: &quot;%1&quot; is not a number.</source>
        <translation>时限规则设置已损坏：“%1”不是数字。</translation>
    </message>
    <message>
        <source>Signing for a dispatched case (working days)</source>
        <translation>派单后签收（工作日）</translation>
    </message>
    <message>
        <source>Calling back after completion (working days)</source>
        <translation>办结后回访（工作日）</translation>
    </message>
    <message>
        <source>Tries before a callback is unreachable</source>
        <translation>回访未接通次数上限</translation>
    </message>
    <message>
        <source>Callback by someone other than the handler</source>
        <translation>回访由承办人以外的人员进行</translation>
    </message>
    <message>
        <source>Route %1: not a category route.</source>
        <translation>分流方向%1：不是有效的类别分流方向。</translation>
    </message>
    <message>
        <source>Route %1 (hours)</source>
        <translation>分流方向%1的办理时限（小时）</translation>
    </message>
</context>
<context>
    <name>gd::DemoCases</name>
    <message>
        <source>Number of demo cases: between 1 and %1.</source>
        <translation>演示诉求数量：须在 1 至 %1 之间。</translation>
    </message>
    <message>
        <source>This file already holds cases. Demo cases can only be generated into a file that has none.</source>
        <translation>该文件中已有诉求。只能在没有任何诉求的文件中生成演示诉求。</translation>
    </message>
    <message>
        <source>This file has no grids with buildings. Generate the demo district first: demo cases are placed in its buildings.</source>
        <translation>该文件中没有包含楼栋的网格。请先生成演示辖区：演示诉求将分布在其楼栋中。</translation>
    </message>
    <message>
        <source>None of the demo cases&apos; categories is in this file&apos;s category tree, so no demo cases can be made.</source>
        <translation>演示诉求所用的类别均不在该文件的类别树中，因此无法生成演示诉求。</translation>
    </message>
    <message>
        <source>The working-day calendar covers no time in which demo cases could be received. An administrator must add the official holidays and make-up working days first.</source>
        <translation>工作日历未覆盖可接收演示诉求的任何时段。请管理员先添加法定节假日和调休上班日。</translation>
    </message>
</context>
<context>
    <name>gd::DemoDistrict</name>
    <message>
        <source>This file already holds streets, grids or workers. A demo district can only be generated into an empty file.</source>
        <translation>此文件中已有街道、网格或人员数据。演示辖区只能生成到空文件中。</translation>
    </message>
</context>
<context>
    <name>gd::DemoOffice</name>
    <message>
        <source>The demo district has no grid with a worker.</source>
        <translation>演示街区中没有配有网格员的网格。</translation>
    </message>
    <message>
        <source>The callback of one case was recorded as dissatisfied; the resident says she was satisfied. Please check the recording.</source>
        <translation>有一件诉求回访被记为“不满意”，居民说当时表示的是满意，请核对回访录音。</translation>
    </message>
</context>
<context>
    <name>gd::DisputeLedger</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>排查时间</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>纠纷类型</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>What it is about</source>
        <translation>简要情况</translation>
    </message>
    <message>
        <source>Mediators</source>
        <translation>调解人</translation>
    </message>
    <message>
        <source>Mediation</source>
        <translation>调解过程</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>化解结果</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>办结时间</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟踪回访</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a month (YYYY-MM).</source>
        <translation>“%1”不是月份（YYYY-MM）。</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1至%2</translation>
    </message>
    <message>
        <source>Agreement: %1</source>
        <translation>协议：%1</translation>
    </message>
    <message>
        <source>%1 dispute ledger, %2</source>
        <translation>%1矛盾纠纷排查化解台账（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n dispute(s); the parties in full, for the office&apos;s file only.</source>
        <translation>
            <numerusform>共 %n 件纠纷；当事人信息完整，仅供本单位存档。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dispute(s); the parties masked.</source>
        <translation>
            <numerusform>共 %n 件纠纷；当事人信息已打码。</numerusform>
        </translation>
    </message>
    <message>
        <source>No dispute was worked this month.</source>
        <translation>本月没有办理中的纠纷。</translation>
    </message>
    <message>
        <source>the dispute ledger</source>
        <translation>纠纷台账</translation>
    </message>
    <message>
        <source>Dispute ledger</source>
        <translation>矛盾纠纷台账</translation>
    </message>
</context>
<context>
    <name>gd::DisputeList</name>
    <message>
        <source>Ask for 1 to %1 disputes at a time.</source>
        <translation>每次可取 1 至 %1 件纠纷。</translation>
    </message>
</context>
<context>
    <name>gd::DisputeService</name>
    <message>
        <source>Only the grid&apos;s worker, its grid head, the paired police officer and supervisors see the parties to this dispute.</source>
        <translation>只有本网格的网格员、网格长、结对民警和主管可以查看该纠纷当事人的完整信息。</translation>
    </message>
    <message>
        <source>Choose the grid where the dispute is.</source>
        <translation>请选择纠纷所在网格。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a way a dispute is found.</source>
        <translation>“%1”不是纠纷的来源。</translation>
    </message>
    <message>
        <source>Name the request the dispute came from.</source>
        <translation>请填写纠纷来源的诉求。</translation>
    </message>
    <message>
        <source>There is no such request.</source>
        <translation>没有这件诉求。</translation>
    </message>
    <message>
        <source>The request is not in the dispute&apos;s grid.</source>
        <translation>该诉求不在纠纷所在网格。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a kind of dispute.</source>
        <translation>“%1”不是纠纷类型。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a risk level.</source>
        <translation>“%1”不是风险等级。</translation>
    </message>
    <message>
        <source>the dispute was found</source>
        <translation>排查发现纠纷</translation>
    </message>
    <message>
        <source>The worker who found it is not in the register.</source>
        <translation>发现人不在人员名册中。</translation>
    </message>
    <message>
        <source>Say what the dispute is about.</source>
        <translation>请填写纠纷简要情况。</translation>
    </message>
    <message>
        <source>What the dispute is about</source>
        <translation>纠纷简要情况</translation>
    </message>
    <message>
        <source>Name at least one party to the dispute.</source>
        <translation>请至少填写一名当事人。</translation>
    </message>
    <message>
        <source>A dispute lists at most %1 parties.</source>
        <translation>一件纠纷最多登记 %1 名当事人。</translation>
    </message>
    <message>
        <source>Party %1 has no name.</source>
        <translation>第 %1 名当事人没有姓名。</translation>
    </message>
    <message>
        <source>A dispute lists at most %1 mediators.</source>
        <translation>一件纠纷最多登记 %1 名调解人。</translation>
    </message>
    <message>
        <source>Mediator %1: &apos;%2&apos; is not a kind of mediator.</source>
        <translation>第 %1 名调解人：“%2”不是调解人类别。</translation>
    </message>
    <message>
        <source>Mediator %1 is not in the people register.</source>
        <translation>第 %1 名调解人不在人员名册中。</translation>
    </message>
    <message>
        <source>Mediator %1: choose the person or write the name.</source>
        <translation>第 %1 名调解人：请选择人员或填写姓名。</translation>
    </message>
    <message>
        <source>The dispute is %1: no more sessions.</source>
        <translation>该纠纷已%1，不能再记录调解。</translation>
    </message>
    <message>
        <source>the session was held</source>
        <translation>调解</translation>
    </message>
    <message>
        <source>The session is before the dispute was found.</source>
        <translation>调解时间早于纠纷发现时间。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a result of a session.</source>
        <translation>“%1”不是调解结果。</translation>
    </message>
    <message>
        <source>The place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The dispute is already %1.</source>
        <translation>该纠纷已%1。</translation>
    </message>
    <message>
        <source>it ended</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>The dispute cannot end before it was found or before its last session.</source>
        <translation>办结时间不能早于纠纷发现时间或最后一次调解时间。</translation>
    </message>
    <message>
        <source>A settled dispute keeps its agreement: write its text or attach the scan.</source>
        <translation>调解成功的纠纷须留存调解协议：请填写协议内容或附上扫描件。</translation>
    </message>
    <message>
        <source>The agreement</source>
        <translation>调解协议</translation>
    </message>
    <message>
        <source>Say where the dispute goes: the mediation committee, the police, a court or the petition office.</source>
        <translation>请选择移交去向：人民调解委员会、派出所、法院或信访部门。</translation>
    </message>
    <message>
        <source>A follow-up visit is made after the dispute is settled.</source>
        <translation>纠纷调解成功后才能跟踪回访。</translation>
    </message>
    <message>
        <source>the follow-up visit was made</source>
        <translation>跟踪回访</translation>
    </message>
    <message>
        <source>The follow-up visit is before the dispute was settled.</source>
        <translation>跟踪回访时间早于调解成功时间。</translation>
    </message>
    <message>
        <source>Say what the follow-up visit found: does the agreement hold?</source>
        <translation>请填写跟踪回访情况：协议是否履行？</translation>
    </message>
    <message>
        <source>Only a high-risk dispute is reviewed.</source>
        <translation>只有高风险纠纷需要研判。</translation>
    </message>
    <message>
        <source>The dispute was reviewed already by %1.</source>
        <translation>该纠纷已由%1研判。</translation>
    </message>
    <message>
        <source>A high-risk dispute is reviewed by a supervisor or the paired police grid&apos;s officer.</source>
        <translation>高风险纠纷由主管或结对警格的民警研判。</translation>
    </message>
    <message>
        <source>Say what the review decided.</source>
        <translation>请填写研判意见。</translation>
    </message>
    <message>
        <source>There is no such dispute.</source>
        <translation>没有这件纠纷。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a JPEG, PNG or PDF file.</source>
        <translation>“%1”不是 JPEG、PNG 或 PDF 文件。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is larger than %2 MB.</source>
        <translation>“%1”超过 %2 MB。</translation>
    </message>
    <message>
        <source>The file&apos;s name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>Party %1</source>
        <translation>第 %1 名当事人</translation>
    </message>
    <message>
        <source>Mediator %1</source>
        <translation>第 %1 名调解人</translation>
    </message>
</context>
<context>
    <name>gd::EditUndo</name>
    <message>
        <source>this office</source>
        <translation>本单位</translation>
    </message>
    <message>
        <source>the office %1 (merged package)</source>
        <translation>%1（合并的数据包）</translation>
    </message>
    <message>
        <source>another office (merged package)</source>
        <translation>其他单位（合并的数据包）</translation>
    </message>
    <message>
        <source>This %1 no longer exists, so the edit cannot be taken back.</source>
        <translation>此%1已不存在，无法撤销该修改。</translation>
    </message>
    <message>
        <source>The %1&apos;s %2 was changed since, so the edit cannot be taken back without overwriting that change.</source>
        <translation>此%1的“%2”此后已被修改，撤销会覆盖那次修改，因此不能撤销。</translation>
    </message>
    <message>
        <source>This %1 was deleted or brought back since by %2 on %3, so the edit cannot be taken back without overwriting that change.</source>
        <translation>此%1已于%3被%2删除或恢复，撤销会覆盖那次修改，因此不能撤销。</translation>
    </message>
    <message>
        <source>The %1&apos;s %2 was changed since by %3 on %4, so the edit cannot be taken back without overwriting that change.</source>
        <translation>此%1的“%2”已于%4被%3修改，撤销会覆盖那次修改，因此不能撤销。</translation>
    </message>
    <message>
        <source>This %1 is now used by a %2 added since, so taking back its creation would leave that %2 pointing at nothing; remove or deactivate it instead.</source>
        <translation>此%1现已被此后添加的%2使用，撤销其创建会使该%2失去所指；请改为删除或停用。</translation>
    </message>
    <message>
        <source>The %1&apos;s %2 would go back to a %3 that no longer exists, so the edit cannot be taken back.</source>
        <translation>撤销会使此%1的“%2”指回一个已不存在的%3，因此不能撤销。</translation>
    </message>
    <message>
        <source>The %1&apos;s %2 has a merge conflict not yet settled; settle it on the Exchange page first, or taking the edit back would lose the other office&apos;s value unseen.</source>
        <translation>此%1的“%2”有尚未处理的合并冲突；请先在“数据交换”页面处理，否则撤销会在无人察觉时丢失另一单位的值。</translation>
    </message>
</context>
<context>
    <name>gd::ExemplaryService</name>
    <message>
        <source>There is no such write-up.</source>
        <translation>没有这份案例材料。</translation>
    </message>
    <message>
        <source>An exemplary case is written up from a request, a dispute, a council or a volunteer service.</source>
        <translation>优秀案例须依据一件诉求、一起矛盾纠纷、一次居民议事会或一次志愿服务撰写。</translation>
    </message>
    <message>
        <source>There is no such %1.</source>
        <translation>没有这条%1记录。</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>The category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>The background</source>
        <translation>背景</translation>
    </message>
    <message>
        <source>What the worker did</source>
        <translation>主要做法</translation>
    </message>
    <message>
        <source>The result</source>
        <translation>成效</translation>
    </message>
    <message>
        <source>What others can learn</source>
        <translation>经验启示</translation>
    </message>
    <message>
        <source>Write what the worker did.</source>
        <translation>请填写主要做法。</translation>
    </message>
    <message>
        <source>A write-up keeps at most %1 photos.</source>
        <translation>一份案例材料最多附 %1 张照片。</translation>
    </message>
    <message>
        <source>Photo %1 is not a JPEG or PNG image.</source>
        <translation>第 %1 张照片不是 JPEG 或 PNG 图片。</translation>
    </message>
    <message>
        <source>Photo %1 is larger than %2 MB.</source>
        <translation>第 %1 张照片超过 %2 MB。</translation>
    </message>
    <message>
        <source>A photo&apos;s caption</source>
        <translation>照片说明</translation>
    </message>
    <message>
        <source>Choose what is written up.</source>
        <translation>请选择撰写案例所依据的事项。</translation>
    </message>
    <message>
        <source>This %1 is written up already.</source>
        <translation>这条%1已撰写过案例材料。</translation>
    </message>
    <message>
        <source>There is no such worker.</source>
        <translation>没有这名人员。</translation>
    </message>
    <message>
        <source>The write-up is approved already.</source>
        <translation>该案例材料已审核通过。</translation>
    </message>
    <message>
        <source>The request has no grid yet: give it its grid before writing it up.</source>
        <translation>该诉求尚未确定所属网格：请先指定网格，再撰写案例。</translation>
    </message>
</context>
<context>
    <name>gd::GridService</name>
    <message>
        <source>There is no grid with code %1.</source>
        <translation>没有编码为 %1 的网格。</translation>
    </message>
    <message>
        <source>Community: choose the community this grid belongs to.</source>
        <translation>社区：请选择该网格所属的社区。</translation>
    </message>
    <message>
        <source>Grid code</source>
        <translation>网格编码</translation>
    </message>
    <message>
        <source>Grid name</source>
        <translation>网格名称</translation>
    </message>
    <message>
        <source>Grid type: must be basic or dedicated.</source>
        <translation>网格类型：必须为基础网格或专属网格。</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>网格范围</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>常住人口</translation>
    </message>
    <message>
        <source>Elderly share (%)</source>
        <translation>老年人占比（%）</translation>
    </message>
    <message>
        <source>Grid worker: the chosen worker no longer exists.</source>
        <translation>网格员：所选人员已不存在。</translation>
    </message>
    <message>
        <source>Grid head: the chosen worker no longer exists.</source>
        <translation>网格长：所选人员已不存在。</translation>
    </message>
    <message>
        <source>Police grid: the chosen police grid no longer exists.</source>
        <translation>警格：所选警格已不存在。</translation>
    </message>
    <message>
        <source>Grid code: %1 is already used by another grid.</source>
        <translation>网格编码：%1 已被其他网格使用。</translation>
    </message>
    <message>
        <source>Grid name: %1 already has a grid called %2.</source>
        <translation>网格名称：%1 已有名为 %2 的网格。</translation>
    </message>
    <message>
        <source>Police grid: it no longer exists.</source>
        <translation>警格：该警格已不存在。</translation>
    </message>
    <message>
        <source>Property company: choose a unit of the kind property company.</source>
        <translation>物业公司：请选择类型为物业公司的单位。</translation>
    </message>
    <message>
        <source>Property company: a grid marked as having none cannot name one.</source>
        <translation>物业公司：已标为无物业的网格不能再指定物业公司。</translation>
    </message>
    <message>
        <source>Grid promise</source>
        <translation>网格承诺</translation>
    </message>
</context>
<context>
    <name>gd::HealthCheck</name>
    <message>
        <source>SQLite&apos;s quick_check found damage: %1</source>
        <translation>SQLite 的 quick_check 发现损坏：%1</translation>
    </message>
    <message>
        <source>The foreign key check could not run: %1</source>
        <translation>无法执行外键检查：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n reference(s) name a row that does not exist (PRAGMA foreign_key_check; first: %1.%2 of row %3 names no %4 row).</source>
        <translation>
            <numerusform>共 %n 处引用指向不存在的行（PRAGMA foreign_key_check；第一处：第 %3 行的 %1.%2 所引用的 %4 行不存在）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The table %1 cannot be read: %2</source>
        <translation>无法读取表 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n live row(s) of %1 have %2 naming a row of %3 that does not exist (first: %4).</source>
        <translation>
            <numerusform>%1 中有 %n 条有效行的 %2 引用了 %3 中不存在的行（第一条：%4）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n live row(s) of %1 have %2 naming a deleted row of %3 (first: %4).</source>
        <translation>
            <numerusform>%1 中有 %n 条有效行的 %2 引用了 %3 中已删除的行（第一条：%4）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file&apos;s clock (%1) is behind its newest stamp (%2): later edits here could lose to older ones when offices merge.</source>
        <translation>文件时钟（%1）落后于其最新时间戳（%2）：各单位合并数据时，在此处所做的较晚修改可能会被较早的修改覆盖。</translation>
    </message>
    <message>
        <source>The file&apos;s clock (%1) is more than a day ahead of this PC&apos;s clock; check the PC&apos;s date.</source>
        <translation>文件时钟（%1）比本机时钟快一天以上；请检查本机日期。</translation>
    </message>
    <message>
        <source>Some rows are stamped more than a day ahead of this PC&apos;s clock (newest: %1).</source>
        <translation>部分行的时间戳比本机时钟快一天以上（最新：%1）。</translation>
    </message>
    <message>
        <source>The schema is at version %1, but this program writes version %2.</source>
        <translation>数据结构版本为 %1，但本程序写入的是版本 %2。</translation>
    </message>
    <message>
        <source>The file has no site id, so its changes cannot be merged.</source>
        <translation>文件没有站点标识，其修改无法合并。</translation>
    </message>
    <message>
        <source>The search index holds %1 of the %2 cases (and %3 that are gone): searches miss cases until `cases reindex` is run.</source>
        <translation>搜索索引只收录了 %2 条诉求中的 %1 条（另有 %3 条已不存在）：运行 `cases reindex` 之前，搜索会漏掉诉求。</translation>
    </message>
    <message>
        <source>%1 records of %2 share the %3 %4: merge them or renumber one (griddesk-cli conflicts list).</source>
        <translation>%2 中有 %1 条记录的 %3 都是 %4：请合并或为其中一条改号（griddesk-cli conflicts list）。</translation>
    </message>
    <message>
        <source>The star review of %1 is approved by %2 offices for the same workers: %3. The office that should not review them reopens its month.</source>
        <translation>%1 的星级考评有 %2 个单位对同一批网格员作了审批：%3。不应考评这些网格员的单位应重新打开其该月考评。</translation>
    </message>
    <message>
        <source>The figures&apos; aggregate differs from a recount of the cases (%1): the figures are wrong until `griddesk-cli stats rebuild` is run.</source>
        <translation>统计汇总与按诉求重新统计的结果不一致（%1）：运行 `griddesk-cli stats rebuild` 之前各项指标都不准确。</translation>
    </message>
</context>
<context>
    <name>gd::HierarchyService</name>
    <message>
        <source>Street code</source>
        <translation>街道编码</translation>
    </message>
    <message>
        <source>Street name</source>
        <translation>街道名称</translation>
    </message>
    <message>
        <source>Street code: %1 is already used by another street.</source>
        <translation>街道编码：%1 已被其他街道使用。</translation>
    </message>
    <message>
        <source>Street name: there is already a street called %1.</source>
        <translation>街道名称：已有名为 %1 的街道。</translation>
    </message>
    <message>
        <source>Street: choose the street this community belongs to.</source>
        <translation>街道：请选择该社区所属的街道。</translation>
    </message>
    <message>
        <source>Community code</source>
        <translation>社区编码</translation>
    </message>
    <message>
        <source>Community name</source>
        <translation>社区名称</translation>
    </message>
    <message>
        <source>Office address</source>
        <translation>办公地址</translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation>办公电话</translation>
    </message>
    <message>
        <source>WeChat account</source>
        <translation>微信公众号</translation>
    </message>
    <message>
        <source>Community code: %1 is already used by another community.</source>
        <translation>社区编码：%1 已被其他社区使用。</translation>
    </message>
    <message>
        <source>Community name: %1 already has a community called %2.</source>
        <translation>社区名称：%1 已有名为 %2 的社区。</translation>
    </message>
    <message>
        <source>QR code link</source>
        <translation>二维码链接</translation>
    </message>
    <message>
        <source>QR code link: give the address starting with https:// (the link WeChat shows for the account).</source>
        <translation>二维码链接：请填写以 https:// 开头的地址（微信中该公众号的链接）。</translation>
    </message>
    <message>
        <source>QR code image: larger than 512 KB; save the QR code alone.</source>
        <translation>二维码图片：超过 512 KB，请只保存二维码部分。</translation>
    </message>
    <message>
        <source>QR code image: the file is not a PNG or JPEG image.</source>
        <translation>二维码图片：该文件不是 PNG 或 JPEG 图片。</translation>
    </message>
</context>
<context>
    <name>gd::HotlineCategoryMap</name>
    <message>
        <source>&quot;%1&quot;: give the hotline&apos;s category, &apos;=&apos;, and one of ours (its code or name), e.g. 路灯不亮=0301.</source>
        <translation>“%1”：请写热线分类、“=”和本单位的分类（编码或名称），例如 路灯不亮=0301。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a category on file (give its code or name).</source>
        <translation>“%1”不是已有的分类（请写分类编码或名称）。</translation>
    </message>
</context>
<context>
    <name>gd::HotlineImport</name>
    <message>
        <source>%1 lacks the column(s) %2: map them to columns of the file, or add them to it. Nothing was imported.</source>
        <translation>%1 缺少列 %2：请把它们对应到文件中的列，或在文件中补上。未导入任何工单。</translation>
    </message>
    <message>
        <source>The import stopped at line %1: %2</source>
        <translation>导入在第 %1 行停止：%2</translation>
    </message>
    <message>
        <source>Order %1 is already imported.</source>
        <translation>工单 %1 已导入过。</translation>
    </message>
    <message>
        <source>Category &quot;%1&quot; is not one of this office&apos;s and is not mapped: imported under Other (13); map it to one of ours for the next file.</source>
        <translation>分类“%1”不是本单位的分类，也未设置对应：已归入“其他”（13）；请为下次导入对应到本单位的分类。</translation>
    </message>
    <message>
        <source>Not attached: %1 The line is a case of its own.</source>
        <translation>未合并：%1 该行已作为单独的诉求导入。</translation>
    </message>
</context>
<context>
    <name>gd::HotlineMapping</name>
    <message>
        <source>Hotline order number</source>
        <translation>热线工单编号</translation>
    </message>
    <message>
        <source>Time received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Reporter&apos;s name</source>
        <translation>诉求人姓名</translation>
    </message>
    <message>
        <source>Reporter&apos;s phone</source>
        <translation>诉求人电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>What the resident asks for</source>
        <translation>具体诉求</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Request type</source>
        <translation>诉求类型</translation>
    </message>
    <message>
        <source>Mapping: not a JSON object of field names and column headers (%1).</source>
        <translation>列对应：不是由字段名和列名组成的 JSON 对象（%1）。</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>不是对象</translation>
    </message>
    <message>
        <source>Mapping: the column of &apos;%1&apos; must be a text.</source>
        <translation>列对应：“%1”的列名必须是文本。</translation>
    </message>
    <message>
        <source>Mapping: &apos;%1&apos; is not written as field=Header.</source>
        <translation>列对应：“%1”没有写成 字段=列名 的形式。</translation>
    </message>
    <message>
        <source>Mapping: &apos;%1&apos; is not a field; the fields are %2.</source>
        <translation>列对应：“%1”不是字段；可用字段为 %2。</translation>
    </message>
</context>
<context>
    <name>gd::HotlineReplies</name>
    <message>
        <source>Work order</source>
        <translation>工单编号</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>诉求编号</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>办结时间</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>回访结果</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
</context>
<context>
    <name>gd::HotlineRowReader</name>
    <message>
        <source>The line has %1 cells but the header only %2: check its quotes.</source>
        <translation>这一行有 %1 个单元格，表头只有 %2 个：请检查引号。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date and time (write it as 2026-03-02 14:05).</source>
        <translation>%1：“%2”不是日期时间（请写成 2026-03-02 14:05）。</translation>
    </message>
    <message>
        <source>%1: %2 is in the future.</source>
        <translation>%1：%2 是将来的时间。</translation>
    </message>
    <message>
        <source>%1: is required.</source>
        <translation>%1：不能为空。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an urgency (一般, 紧急 or 特急).</source>
        <translation>%1：“%2”不是紧急程度（一般、紧急或特急）。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a request type (咨询, 求助, 投诉, 举报, 建议 or 表扬).</source>
        <translation>%1：“%2”不是诉求类型（咨询、求助、投诉、举报、建议或表扬）。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a category on file, and the file has no category Other (13) to put it under.</source>
        <translation>%1：“%2”不是已有的分类，且本文件没有“其他”（13）分类可以归入。</translation>
    </message>
</context>
<context>
    <name>gd::IdeaService</name>
    <message>
        <source>Give %1, from 2000 on.</source>
        <translation>请填写%1（2000 年及以后）。</translation>
    </message>
    <message>
        <source>%1 %2 is still to come.</source>
        <translation>%1 %2 是将来的日期。</translation>
    </message>
    <message>
        <source>%1 %2 is before the idea was proposed (%3).</source>
        <translation>%1 %2 早于金点子的提出日期（%3）。</translation>
    </message>
    <message>
        <source>There is no such idea.</source>
        <translation>没有这条金点子。</translation>
    </message>
    <message>
        <source>Choose the street that proposes the idea.</source>
        <translation>请选择提出金点子的街道。</translation>
    </message>
    <message>
        <source>The idea&apos;s name</source>
        <translation>金点子名称</translation>
    </message>
    <message>
        <source>The description</source>
        <translation>内容描述</translation>
    </message>
    <message>
        <source>Where it is used</source>
        <translation>应用范围</translation>
    </message>
    <message>
        <source>the day it was proposed</source>
        <translation>提出日期</translation>
    </message>
    <message>
        <source>There is no such street.</source>
        <translation>没有这个街道。</translation>
    </message>
    <message>
        <source>the day of the visit</source>
        <translation>观摩日期</translation>
    </message>
    <message>
        <source>Who visited</source>
        <translation>观摩人员</translation>
    </message>
    <message>
        <source>The comments</source>
        <translation>点评意见</translation>
    </message>
    <message>
        <source>The refinement</source>
        <translation>二次提炼</translation>
    </message>
    <message>
        <source>Choose the street that adopted the idea.</source>
        <translation>请选择采纳金点子的街道。</translation>
    </message>
    <message>
        <source>The street that proposed the idea does not adopt it.</source>
        <translation>提出该金点子的街道不能采纳它。</translation>
    </message>
    <message>
        <source>the day of adoption</source>
        <translation>采纳日期</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>There is no such adoption.</source>
        <translation>没有这条采纳记录。</translation>
    </message>
    <message>
        <source>There is no such visit.</source>
        <translation>没有这条观摩记录。</translation>
    </message>
</context>
<context>
    <name>gd::JointActivityService</name>
    <message>
        <source>List at most %1 people.</source>
        <translation>最多列出 %1 人。</translation>
    </message>
    <message>
        <source>Person %1 is not in the people register.</source>
        <translation>第 %1 人不在人员库中。</translation>
    </message>
    <message>
        <source>Person %1: choose them from the register or write the name.</source>
        <translation>第 %1 人：请从人员库中选择，或填写姓名。</translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation>第 %1 人</translation>
    </message>
    <message>
        <source>Choose the police grid.</source>
        <translation>请选择警格。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a kind of joint work.</source>
        <translation>“%1”不是警网联动的类型。</translation>
    </message>
    <message>
        <source>the joint work was done</source>
        <translation>联动工作开展</translation>
    </message>
    <message>
        <source>Say what was done together.</source>
        <translation>请填写联动工作内容。</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>工作内容</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The worker who recorded it is not in the register.</source>
        <translation>登记人不在人员库中。</translation>
    </message>
    <message>
        <source>Choose at least one grid the work was done in.</source>
        <translation>请至少选择一个开展工作的网格。</translation>
    </message>
    <message>
        <source>Choose at most %1 grids.</source>
        <translation>最多选择 %1 个网格。</translation>
    </message>
    <message>
        <source>There is no such grid.</source>
        <translation>没有这个网格。</translation>
    </message>
    <message>
        <source>The grid %1 is not paired with the police grid.</source>
        <translation>网格“%1”不属于该警格。</translation>
    </message>
    <message>
        <source>Link at most %1 requests and disputes.</source>
        <translation>最多关联 %1 件诉求和纠纷。</translation>
    </message>
    <message>
        <source>There is no such request.</source>
        <translation>没有这件诉求。</translation>
    </message>
    <message>
        <source>There is no such dispute.</source>
        <translation>没有这件纠纷。</translation>
    </message>
    <message>
        <source>The request is not in a grid of the joint work.</source>
        <translation>该诉求不在联动工作的网格内。</translation>
    </message>
    <message>
        <source>The dispute is not in a grid of the joint work.</source>
        <translation>该纠纷不在联动工作的网格内。</translation>
    </message>
    <message>
        <source>There is no such joint work.</source>
        <translation>没有这条警网联动记录。</translation>
    </message>
    <message>
        <source>Ask for 1 to %1 joint activities at a time.</source>
        <translation>每次可取 1 至 %1 条联动记录。</translation>
    </message>
</context>
<context>
    <name>gd::JointMeetingService</name>
    <message>
        <source>Choose the grid that held the meeting.</source>
        <translation>请选择召开会商的网格。</translation>
    </message>
    <message>
        <source>Choose the community that held the meeting.</source>
        <translation>请选择召开会商的社区。</translation>
    </message>
    <message>
        <source>Choose the street that held the meeting.</source>
        <translation>请选择召开会商的街道。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a level of joint meetings.</source>
        <translation>“%1”不是联席会商的层级。</translation>
    </message>
    <message>
        <source>the meeting was held</source>
        <translation>会商召开</translation>
    </message>
    <message>
        <source>The agenda</source>
        <translation>会商议题</translation>
    </message>
    <message>
        <source>The issues judged</source>
        <translation>研判事项</translation>
    </message>
    <message>
        <source>The decisions</source>
        <translation>会商决定</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>A meeting sets at most %1 tasks.</source>
        <translation>一次会商最多布置 %1 项任务。</translation>
    </message>
    <message>
        <source>There is no such joint meeting.</source>
        <translation>没有这次联席会商。</translation>
    </message>
    <message>
        <source>Ask for 1 to %1 joint meetings at a time.</source>
        <translation>每次可取 1 至 %1 次会商。</translation>
    </message>
</context>
<context>
    <name>gd::JointTaskService</name>
    <message>
        <source>The task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Choose who owns the task &quot;%1&quot; from the people register.</source>
        <translation>请从人员库中选择任务“%1”的责任人。</translation>
    </message>
    <message>
        <source>Give the day the task &quot;%1&quot; is due.</source>
        <translation>请填写任务“%1”的完成时限。</translation>
    </message>
    <message>
        <source>The task &quot;%1&quot; is due before the meeting that set it.</source>
        <translation>任务“%1”的时限早于布置它的会商。</translation>
    </message>
    <message>
        <source>There is no such joint meeting.</source>
        <translation>没有这次联席会商。</translation>
    </message>
    <message>
        <source>A meeting sets at most %1 tasks.</source>
        <translation>一次会商最多布置 %1 项任务。</translation>
    </message>
    <message>
        <source>There is no such task.</source>
        <translation>没有这项任务。</translation>
    </message>
    <message>
        <source>The task is done already.</source>
        <translation>该任务已办结。</translation>
    </message>
    <message>
        <source>the task was done</source>
        <translation>任务办结</translation>
    </message>
    <message>
        <source>The task is done before the meeting set it.</source>
        <translation>任务办结时间早于布置它的会商。</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>This task is a request already.</source>
        <translation>该任务已登记为诉求。</translation>
    </message>
    <message>
        <source>Choose a grid in the area of the meeting that set the task.</source>
        <translation>请选择会商所辖范围内的网格。</translation>
    </message>
</context>
<context>
    <name>gd::JointTeamService</name>
    <message>
        <source>There is no such grid.</source>
        <translation>没有这个网格。</translation>
    </message>
    <message>
        <source>Choose the grid whose team this is.</source>
        <translation>请选择队伍所属网格。</translation>
    </message>
    <message>
        <source>Choose the member from the people register.</source>
        <translation>请从人员库中选择成员。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a role in the team.</source>
        <translation>“%1”不是队伍中的身份。</translation>
    </message>
    <message>
        <source>%1 is not a %2 in the people register.</source>
        <translation>人员库中%1不是%2。</translation>
    </message>
    <message>
        <source>%1 is on the team already.</source>
        <translation>%1已在队伍中。</translation>
    </message>
    <message>
        <source>A grid&apos;s team has at most %1 residents.</source>
        <translation>一个网格的队伍最多 %1 名群众力量。</translation>
    </message>
    <message>
        <source>There is no such team member.</source>
        <translation>没有这名队伍成员。</translation>
    </message>
</context>
<context>
    <name>gd::OfficeSettings</name>
    <message>
        <source>Office name</source>
        <translation>本单位名称</translation>
    </message>
    <message>
        <source>District code</source>
        <translation>区划代码</translation>
    </message>
    <message>
        <source>Office address</source>
        <translation>办公地址</translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation>办公电话</translation>
    </message>
    <message>
        <source>Supervision phone</source>
        <translation>监督电话</translation>
    </message>
    <message>
        <source>Case number code</source>
        <translation>诉求编号代码</translation>
    </message>
    <message>
        <source>Minimum sample</source>
        <translation>统计最小样本</translation>
    </message>
</context>
<context>
    <name>gd::OperatorService</name>
    <message>
        <source>Password: use at least 6 characters.</source>
        <translation>密码：至少 6 个字符。</translation>
    </message>
    <message>
        <source>Password: use at most 128 characters.</source>
        <translation>密码：最多 128 个字符。</translation>
    </message>
    <message>
        <source>Role: the first operator of a new file must be an administrator.</source>
        <translation>角色：新文件的第一个操作员必须是管理员。</translation>
    </message>
    <message>
        <source>Login: 2 to 32 letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;, starting with a letter.</source>
        <translation>登录名：须为 2 至 32 个字母、数字、&apos;.&apos;、&apos;-&apos; 或 &apos;_&apos;，并以字母开头。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role: choose staff, supervisor or administrator.</source>
        <translation>角色：请选择工作人员、负责人或管理员。</translation>
    </message>
    <message>
        <source>Login: %1 is already taken.</source>
        <translation>登录名：%1 已被占用。</translation>
    </message>
    <message>
        <source>There is no such operator.</source>
        <translation>该操作员不存在。</translation>
    </message>
    <message>
        <source>You cannot deactivate yourself.</source>
        <translation>不能停用自己的账号。</translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation>登录名或密码错误。</translation>
    </message>
    <message>
        <source>This operator has been deactivated; ask an administrator.</source>
        <translation>该操作员已被停用，请联系管理员。</translation>
    </message>
    <message>
        <source>The operators could not be read.</source>
        <translation>无法读取操作员信息。</translation>
    </message>
    <message>
        <source>%1 is the last active administrator: make another operator an administrator first.</source>
        <translation>%1 是最后一位在用的管理员：请先把另一位操作员设为管理员。</translation>
    </message>
    <message>
        <source>Role: you cannot change your own role; ask another administrator.</source>
        <translation>角色：不能更改自己的角色，请让另一位管理员操作。</translation>
    </message>
    <message>
        <source>Grid worker: the chosen worker no longer exists.</source>
        <translation>网格员：所选人员已不存在。</translation>
    </message>
    <message>
        <source>Grid worker: %1 is no longer active (%2); choose an active worker.</source>
        <translation>网格员：%1 已不在岗（%2），请选择在岗的人员。</translation>
    </message>
    <message>
        <source>Unit: the chosen unit no longer exists.</source>
        <translation>单位：所选单位已不存在。</translation>
    </message>
    <message>
        <source>Unit: %1 is no longer active; choose an active unit.</source>
        <translation>单位：%1 已停用，请选择在用的单位。</translation>
    </message>
</context>
<context>
    <name>gd::PagedHtml</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 共 %2 页</translation>
    </message>
    <message>
        <source>Printing %1 failed: the printer or file refused it.</source>
        <translation>打印%1失败：打印机或文件拒绝写入。</translation>
    </message>
    <message>
        <source>Printing %1 failed: no new page after page %2.</source>
        <translation>打印%1失败：第 %2 页之后无法换页。</translation>
    </message>
</context>
<context>
    <name>gd::PdfFile</name>
    <message>
        <source>PDF file %1: it cannot be written (%2).</source>
        <translation>PDF 文件 %1 无法写入（%2）。</translation>
    </message>
</context>
<context>
    <name>gd::Permissions</name>
    <message>
        <source>Sign in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <source>change the organisation (streets, communities, grids, units)</source>
        <translation>修改组织架构（街道、社区、网格、承办单位）</translation>
    </message>
    <message>
        <source>change buildings and addresses</source>
        <translation>修改楼栋和地址</translation>
    </message>
    <message>
        <source>change workers</source>
        <translation>修改人员信息</translation>
    </message>
    <message>
        <source>manage operators</source>
        <translation>管理操作员</translation>
    </message>
    <message>
        <source>change the office settings</source>
        <translation>修改本单位设置</translation>
    </message>
    <message>
        <source>%1 (%2) may not %3.</source>
        <translation>%1（%2）无权%3。</translation>
    </message>
    <message>
        <source>handle cases</source>
        <translation>办理诉求</translation>
    </message>
    <message>
        <source>supervise cases</source>
        <translation>督办诉求</translation>
    </message>
    <message>
        <source>score the monthly review</source>
        <translation>为月度考评打分</translation>
    </message>
    <message>
        <source>approve or reopen the monthly review</source>
        <translation>审批或重新打开月度考评</translation>
    </message>
    <message>
        <source>export residents&apos; phone numbers in full</source>
        <translation>导出群众完整电话号码</translation>
    </message>
    <message>
        <source>record visits and the care register</source>
        <translation>登记走访巡查和关爱台账</translation>
    </message>
</context>
<context>
    <name>gd::PoliceGridService</name>
    <message>
        <source>Street: choose the street of this police grid.</source>
        <translation>街道：请选择该警格所在的街道。</translation>
    </message>
    <message>
        <source>Police grid code: is required.</source>
        <translation>警格编码：不能为空。</translation>
    </message>
    <message>
        <source>Police grid code: use 3 to 20 letters, digits or dashes (&quot;%1&quot; is not).</source>
        <translation>警格编码：须为 3 至 20 个字母、数字或短横线（&quot;%1&quot; 不符合）。</translation>
    </message>
    <message>
        <source>Police grid name</source>
        <translation>警格名称</translation>
    </message>
    <message>
        <source>Police station</source>
        <translation>派出所</translation>
    </message>
    <message>
        <source>Officer: the chosen officer no longer exists.</source>
        <translation>社区民警：所选民警已不存在。</translation>
    </message>
    <message>
        <source>Police grid code: %1 is already used in %2.</source>
        <translation>警格编码：%1 已在 %2 中使用。</translation>
    </message>
</context>
<context>
    <name>gd::PrintFont</name>
    <message>
        <source>No Chinese font is installed, so %1 would print empty boxes. Install fonts-wqy-microhei (or another Chinese font) and print again.</source>
        <translation>本机未安装中文字体，%1打印出来会是空白方框。请安装 fonts-wqy-microhei（或其他中文字体）后再打印。</translation>
    </message>
</context>
<context>
    <name>gd::ReferenceSeed</name>
    <message>
        <source>The built-in reference data %1 is missing.</source>
        <translation>缺少内置参考数据 %1。</translation>
    </message>
</context>
<context>
    <name>gd::RepeatFinder</name>
    <message>
        <source>, </source>
        <comment>separator between repeat reasons</comment>
        <translation>；</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>电话相同</translation>
    </message>
    <message>
        <source>same building, same category</source>
        <translation>同一楼栋、同一类别</translation>
    </message>
    <message>
        <source>same grid, same category</source>
        <translation>同一网格、同一类别</translation>
    </message>
    <message>
        <source>text %1% alike</source>
        <translation>内容相似度 %1%</translation>
    </message>
    <message>
        <source>Very likely a repeat</source>
        <translation>很可能重复</translation>
    </message>
    <message>
        <source>Possibly a repeat</source>
        <translation>可能重复</translation>
    </message>
    <message>
        <source>same building, another category</source>
        <translation>同一楼栋、不同类别</translation>
    </message>
</context>
<context>
    <name>gd::RepeatReview</name>
    <message>
        <source>Waiting for a decision</source>
        <translation>待研判</translation>
    </message>
    <message>
        <source>Merged as a repeat</source>
        <translation>已确认重复并入</translation>
    </message>
    <message>
        <source>Not a repeat</source>
        <translation>不是重复</translation>
    </message>
</context>
<context>
    <name>gd::Role</name>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
</context>
<context>
    <name>gd::RowStore</name>
    <message>
        <source>Sign in before changing anything.</source>
        <translation>请先登录再进行修改。</translation>
    </message>
    <message>
        <source>The record no longer exists (it may have been deleted).</source>
        <translation>该记录已不存在（可能已被删除）。</translation>
    </message>
    <message>
        <source>%1 may not be empty.</source>
        <translation>%1 不能为空。</translation>
    </message>
    <message>
        <source>%1 is earlier than the records kept (%2).</source>
        <translation>%1 早于本系统保存的记录（%2）。</translation>
    </message>
</context>
<context>
    <name>gd::StatutoryHolidays</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>元旦</translation>
    </message>
    <message>
        <source>Spring Festival</source>
        <translation>春节</translation>
    </message>
    <message>
        <source>Qingming Festival</source>
        <translation>清明节</translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation>劳动节</translation>
    </message>
    <message>
        <source>Dragon Boat Festival</source>
        <translation>端午节</translation>
    </message>
    <message>
        <source>Mid-Autumn Festival</source>
        <translation>中秋节</translation>
    </message>
    <message>
        <source>National Day</source>
        <translation>国庆节</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1、%2</translation>
    </message>
</context>
<context>
    <name>gd::Storage</name>
    <message>
        <source>The disk holding the file is full: free some space and try again. Nothing of this change was saved. (%1)</source>
        <translation>文件所在的磁盘已满：请腾出空间后重试。此次修改未保存任何内容。（%1）</translation>
    </message>
    <message>
        <source>The file is read-only (a read-only file, folder or medium): it can be read, not changed. Copy it to a folder you may write to. (%1)</source>
        <translation>该文件是只读的（只读文件、文件夹或介质）：可以查看，不能修改。请复制到可写的文件夹。（%1）</translation>
    </message>
    <message>
        <source>The system refused access to the file (permission denied). (%1)</source>
        <translation>系统拒绝访问该文件（权限不足）。（%1）</translation>
    </message>
    <message>
        <source>The file, or the folder it is in, cannot be opened for writing: check the permissions and that the medium is not read-only. (%1)</source>
        <translation>无法以写入方式打开该文件或其所在文件夹：请检查权限，并确认介质不是只读的。（%1）</translation>
    </message>
    <message>
        <source>The disk reported an input/output error (a failing disk or a removed medium?). Nothing of this change was saved. (%1)</source>
        <translation>磁盘报告输入输出错误（磁盘故障或介质被拔出？）。此次修改未保存任何内容。（%1）</translation>
    </message>
</context>
<context>
    <name>gd::UnitService</name>
    <message>
        <source>Unit name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>Unit type: choose one from the list.</source>
        <translation>单位类型：请从列表中选择。</translation>
    </message>
    <message>
        <source>Service phone</source>
        <translation>服务电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Street: the chosen street no longer exists.</source>
        <translation>街道：所选街道已不存在。</translation>
    </message>
    <message>
        <source>Unit name: there is already a unit called %1.</source>
        <translation>单位名称：已有名为 %1 的单位。</translation>
    </message>
    <message>
        <source>Unit: the unit no longer exists.</source>
        <translation>承办单位：该单位已不存在。</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
</context>
<context>
    <name>gd::VisitImport</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>网格员</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>走访对象</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>发现情况</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not FIELD=HEADER with a field of %2.</source>
        <translation>“%1”不是“字段=标题”格式，字段应为 %2 之一。</translation>
    </message>
    <message>
        <source>%1 has no column &apos;%2&apos;.</source>
        <translation>%1 没有“%2”列。</translation>
    </message>
    <message>
        <source>%1 has no column for %2 (headers: %3): map it, e.g. %4=&lt;header&gt;.</source>
        <translation>%1 缺少%2列（标题可为：%3）：请指定对应列，例如 %4=&lt;标题&gt;。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time written as YYYY-MM-DD HH:MM.</source>
        <translation>“%1”不是 YYYY-MM-DD HH:MM 格式的时间。</translation>
    </message>
    <message>
        <source>Two workers are called %1: give the phone instead.</source>
        <translation>有两名网格员都叫%1：请改填电话。</translation>
    </message>
    <message>
        <source>No worker is called or has the phone &apos;%1&apos;.</source>
        <translation>没有姓名或电话为“%1”的网格员。</translation>
    </message>
    <message>
        <source>No grid has the code or name &apos;%1&apos;.</source>
        <translation>没有编码或名称为“%1”的网格。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a home visit (走访) nor a patrol (巡查).</source>
        <translation>“%1”既不是走访也不是巡查。</translation>
    </message>
    <message>
        <source>No building of the grid matches &apos;%1&apos;.</source>
        <translation>该网格没有与“%1”相符的楼栋。</translation>
    </message>
</context>
<context>
    <name>gd::VisitService</name>
    <message>
        <source>unit %1</source>
        <translation>%1单元</translation>
    </message>
    <message>
        <source>Choose the worker who made the visit.</source>
        <translation>请选择走访的网格员。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a home visit nor a patrol.</source>
        <translation>“%1”既不是入户走访也不是巡查。</translation>
    </message>
    <message>
        <source>Give when the visit was made.</source>
        <translation>请填写走访时间。</translation>
    </message>
    <message>
        <source>The visit&apos;s time is in the future.</source>
        <translation>走访时间不能晚于现在。</translation>
    </message>
    <message>
        <source>Choose the grid of the visit.</source>
        <translation>请选择走访所在网格。</translation>
    </message>
    <message>
        <source>The building is not in the visit&apos;s grid.</source>
        <translation>该楼栋不在走访所在网格内。</translation>
    </message>
    <message>
        <source>The care household is not in the visit&apos;s grid.</source>
        <translation>该关爱对象不在走访所在网格内。</translation>
    </message>
    <message>
        <source>Say where: a building, a care household or a place.</source>
        <translation>请说明地点：楼栋、关爱对象或具体地点。</translation>
    </message>
    <message>
        <source>The unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>The room</source>
        <translation>房间号</translation>
    </message>
    <message>
        <source>The place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Whom the worker met</source>
        <translation>走访对象</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>发现情况</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>A visit keeps at most %1 photos.</source>
        <translation>每次走访最多保存 %1 张照片。</translation>
    </message>
    <message>
        <source>Photo %1 is not a JPEG or PNG picture.</source>
        <translation>第 %1 张照片不是 JPEG 或 PNG 图片。</translation>
    </message>
    <message>
        <source>Photo %1 is larger than %2 MB: make it smaller first.</source>
        <translation>第 %1 张照片超过 %2 MB，请先压缩。</translation>
    </message>
    <message>
        <source>There is no such visit.</source>
        <translation>没有这条走访记录。</translation>
    </message>
    <message>
        <source>Ask for 1 to %1 visits at a time.</source>
        <translation>每次可读取 1 至 %1 条走访记录。</translation>
    </message>
    <message>
        <source>This visit&apos;s finding is already a case.</source>
        <translation>这次走访发现的问题已登记为诉求。</translation>
    </message>
</context>
<context>
    <name>gd::VolunteerServiceLog</name>
    <message>
        <source>Choose the team that served.</source>
        <translation>请选择服务的志愿服务队。</translation>
    </message>
    <message>
        <source>Choose the kind of service.</source>
        <translation>请选择服务类别。</translation>
    </message>
    <message>
        <source>Choose the grid where the service was done.</source>
        <translation>请选择服务所在的网格。</translation>
    </message>
    <message>
        <source>The team serves another grid.</source>
        <translation>该服务队服务的是其他网格。</translation>
    </message>
    <message>
        <source>the service was done</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Give the hours each volunteer served: 0.5 to %1, in half hours.</source>
        <translation>请填写每名志愿者的服务时长：0.5 至 %1 小时，以半小时计。</translation>
    </message>
    <message>
        <source>Give the households served: 0 to 10,000.</source>
        <translation>请填写服务户数：0 至 10000。</translation>
    </message>
    <message>
        <source>Name at least one volunteer who served.</source>
        <translation>请至少选择一名参加服务的志愿者。</translation>
    </message>
    <message>
        <source>Name at most %1 volunteers.</source>
        <translation>最多选择 %1 名志愿者。</translation>
    </message>
    <message>
        <source>A volunteer is not in the people register.</source>
        <translation>有志愿者不在人员库中。</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>服务内容</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>There is no such volunteer service.</source>
        <translation>没有这条志愿服务记录。</translation>
    </message>
    <message>
        <source>Ask for 1 to %1 volunteer services at a time.</source>
        <translation>每次可取 1 至 %1 条志愿服务记录。</translation>
    </message>
</context>
<context>
    <name>gd::VolunteerTeamService</name>
    <message>
        <source>There is no such volunteer team.</source>
        <translation>没有这支志愿服务队。</translation>
    </message>
    <message>
        <source>The team&apos;s name</source>
        <translation>服务队名称</translation>
    </message>
    <message>
        <source>Choose the team&apos;s community.</source>
        <translation>请选择服务队所在的社区。</translation>
    </message>
    <message>
        <source>The grid is not in the team&apos;s community.</source>
        <translation>该网格不在服务队所在的社区。</translation>
    </message>
    <message>
        <source>The leader is not in the people register.</source>
        <translation>队长不在人员库中。</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The community has a team named %1 already.</source>
        <translation>该社区已有名为“%1”的服务队。</translation>
    </message>
    <message>
        <source>Choose the member from the people register.</source>
        <translation>请从人员库中选择队员。</translation>
    </message>
    <message>
        <source>%1 is not a volunteer, building leader or party member in the people register.</source>
        <translation>人员库中%1不是志愿者、楼组长或党员。</translation>
    </message>
    <message>
        <source>%1 is in the team already.</source>
        <translation>%1已在队中。</translation>
    </message>
    <message>
        <source>A team has at most %1 members.</source>
        <translation>一支服务队最多 %1 名队员。</translation>
    </message>
    <message>
        <source>There is no such team member.</source>
        <translation>没有这名队员。</translation>
    </message>
    <message>
        <source>The kind of service</source>
        <translation>服务类别</translation>
    </message>
    <message>
        <source>There is no such kind of service.</source>
        <translation>没有这个服务类别。</translation>
    </message>
</context>
<context>
    <name>gd::WorkCalendar</name>
    <message>
        <source>The working-day calendar has no data for %1, so a deadline in %1 cannot be counted. An administrator must add the official holidays and make-up working days for %1 (published by the State Council the November before).</source>
        <translation>工作日历中没有 %1 年的数据，无法计算落在 %1 年的办理时限。请管理员添加 %1 年的法定节假日和调休上班日（国务院于上一年 11 月发布）。</translation>
    </message>
    <message>
        <source>The start of the deadline is not a valid time.</source>
        <translation>办理时限的起算时间无效。</translation>
    </message>
    <message>
        <source>A deadline must be between 0 and %1 working days.</source>
        <translation>办理时限须在 0 至 %1 个工作日之间。</translation>
    </message>
    <message>
        <source>A date is not valid.</source>
        <translation>日期无效。</translation>
    </message>
    <message>
        <source>A deadline cannot be a negative number of hours.</source>
        <translation>办理时限的小时数不能为负数。</translation>
    </message>
    <message>
        <source>The working-day calendar cannot be read: %1</source>
        <translation>无法读取工作日历：%1</translation>
    </message>
</context>
<context>
    <name>gd::WorkerService</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Kind: choose one from the list.</source>
        <translation>类别：请从列表中选择。</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>上岗日期</translation>
    </message>
    <message>
        <source>Start date: %1 is in the future.</source>
        <translation>上岗日期：%1 是将来的日期。</translation>
    </message>
    <message>
        <source>Status: choose active, left or transferred.</source>
        <translation>状态：请选择在职、离职或调离。</translation>
    </message>
    <message>
        <source>Star level: must be from none to five stars.</source>
        <translation>星级：须为无星至五星。</translation>
    </message>
    <message>
        <source>Photo: must be a JPEG or PNG picture.</source>
        <translation>照片：必须为 JPEG 或 PNG 图片。</translation>
    </message>
    <message>
        <source>Photo: is larger than 2 MB; use a smaller picture.</source>
        <translation>照片：超过 2 MB，请使用较小的图片。</translation>
    </message>
    <message>
        <source>Community: the chosen community no longer exists.</source>
        <translation>社区：所选社区已不存在。</translation>
    </message>
    <message>
        <source>Grids: one of the chosen grids no longer exists.</source>
        <translation>网格：所选网格中有一个已不存在。</translation>
    </message>
    <message>
        <source>Phone: %1 already belongs to another active worker.</source>
        <translation>电话：%1 已属于另一名在职人员。</translation>
    </message>
    <message>
        <source>Worker: the worker no longer exists.</source>
        <translation>人员：该人员已不存在。</translation>
    </message>
    <message>
        <source>Career step: choose one from the list.</source>
        <translation>职业发展阶段：请从列表中选择。</translation>
    </message>
    <message>
        <source>Date of the step</source>
        <translation>阶段日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Worker: only a part-time grid worker covers a vacant grid.</source>
        <translation>人员：只有兼职网格员才能代管空缺网格。</translation>
    </message>
    <message>
        <source>Grid: the grid no longer exists.</source>
        <translation>网格：该网格已不存在。</translation>
    </message>
    <message>
        <source>Grid: %1 has a full-time worker; only a vacant grid is covered.</source>
        <translation>网格：%1 已有专职网格员；只能代管空缺网格。</translation>
    </message>
    <message>
        <source>Cover starts</source>
        <translation>代管开始日期</translation>
    </message>
    <message>
        <source>Cover ends</source>
        <translation>代管结束日期</translation>
    </message>
    <message>
        <source>Cover ends: must not be before it starts.</source>
        <translation>代管结束日期：不能早于开始日期。</translation>
    </message>
    <message>
        <source>Monthly subsidy</source>
        <translation>每月补贴</translation>
    </message>
    <message>
        <source>Sex: choose female, male or leave it empty.</source>
        <translation>性别：请选择女、男或留空。</translation>
    </message>
</context>
<context>
    <name>gd::XlsxWorkbook</name>
    <message>
        <source>The Excel file could not be written: %1.</source>
        <translation>无法写入 Excel 文件：%1。</translation>
    </message>
</context>
<context>
    <name>gd::booklet</name>
    <message>
        <source>no star</source>
        <translation>无星</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4 (%5)</source>
        <translation>%1 · %2 · %3 · %4（%5）</translation>
    </message>
    <message>
        <source>no worker named</source>
        <translation>未注明网格员</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>背景</translation>
    </message>
    <message>
        <source>What the worker did</source>
        <translation>主要做法</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>成效</translation>
    </message>
    <message>
        <source>What others can learn</source>
        <translation>经验启示</translation>
    </message>
    <message>
        <source>%1 is not a year of the booklet.</source>
        <translation>%1 不是有效的汇编年份。</translation>
    </message>
    <message>
        <source>There is no such community.</source>
        <translation>没有这个社区。</translation>
    </message>
    <message>
        <source>There is no such street.</source>
        <translation>没有这个街道。</translation>
    </message>
    <message>
        <source>Exemplary cases of %1</source>
        <translation>%1年优秀案例汇编</translation>
    </message>
    <message>
        <source>the booklet</source>
        <translation>优秀案例汇编</translation>
    </message>
    <message>
        <source>Printing the booklet failed: the printer or file refused it.</source>
        <translation>打印汇编失败：打印机或文件拒绝写入。</translation>
    </message>
    <message>
        <source>Printing the booklet failed: no new page after page %1.</source>
        <translation>打印汇编失败：第 %1 页之后无法换页。</translation>
    </message>
    <message>
        <source>- %1 -</source>
        <translation>- %1 -</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n write-up(s)</source>
        <translation>
            <numerusform>共 %n 篇案例材料</numerusform>
        </translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>gd::cases</name>
    <message>
        <source>Walk-in</source>
        <translation>来访</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>来电</translation>
    </message>
    <message>
        <source>12345 hotline</source>
        <translation>12345热线</translation>
    </message>
    <message>
        <source>Online platform</source>
        <translation>网络平台</translation>
    </message>
    <message>
        <source>Found on patrol</source>
        <translation>巡查发现</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>Request for help</source>
        <translation>求助</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>举报</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>表扬</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>特急</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>已派单</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已退单</translation>
    </message>
    <message>
        <source>Signed for</source>
        <translation>已签收</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Called back</source>
        <translation>已回访</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Guided elsewhere</source>
        <translation>已引导至其他渠道</translation>
    </message>
    <message>
        <source>Settled at the desk</source>
        <translation>当场办结</translation>
    </message>
    <message>
        <source>Police (public order)</source>
        <translation>公安（治安）</translation>
    </message>
    <message>
        <source>Utilities (water, power, gas, heating)</source>
        <translation>公用事业（水电气暖）</translation>
    </message>
    <message>
        <source>Emergencies</source>
        <translation>应急</translation>
    </message>
    <message>
        <source>No route</source>
        <translation>不分流</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>District department</source>
        <translation>区职能部门</translation>
    </message>
    <message>
        <source>Merged into another case</source>
        <translation>已并入其他诉求</translation>
    </message>
</context>
<context>
    <name>gd::councils</name>
    <message>
        <source>Residents&apos; council</source>
        <translation>居民议事会</translation>
    </message>
    <message>
        <source>Grid self-management committee</source>
        <translation>网格自管会</translation>
    </message>
    <message>
        <source>Residents&apos; representatives</source>
        <translation>居民代表</translation>
    </message>
    <message>
        <source>Party members</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>Building leaders and grid heads</source>
        <translation>楼组长、网格长</translation>
    </message>
    <message>
        <source>Property company</source>
        <translation>物业</translation>
    </message>
    <message>
        <source>Community staff</source>
        <translation>社区工作者</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>gd::disputes</name>
    <message>
        <source>Screening</source>
        <translation>排查发现</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>群众反映</translation>
    </message>
    <message>
        <source>From a request</source>
        <translation>诉求转入</translation>
    </message>
    <message>
        <source>Neighbours</source>
        <translation>邻里纠纷</translation>
    </message>
    <message>
        <source>Marriage and family</source>
        <translation>婚姻家庭纠纷</translation>
    </message>
    <message>
        <source>Property management</source>
        <translation>物业纠纷</translation>
    </message>
    <message>
        <source>Tenancy</source>
        <translation>房屋租赁纠纷</translation>
    </message>
    <message>
        <source>Unpaid wages</source>
        <translation>劳资纠纷</translation>
    </message>
    <message>
        <source>Land and housing</source>
        <translation>土地房产纠纷</translation>
    </message>
    <message>
        <source>Consumer</source>
        <translation>消费纠纷</translation>
    </message>
    <message>
        <source>Other dispute</source>
        <translation>其他纠纷</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>低风险</translation>
    </message>
    <message>
        <source>Medium risk</source>
        <translation>中风险</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>高风险</translation>
    </message>
    <message>
        <source>Grid worker</source>
        <translation>网格员</translation>
    </message>
    <message>
        <source>Police officer</source>
        <translation>社区民警</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>律师</translation>
    </message>
    <message>
        <source>Mediation committee member</source>
        <translation>人民调解员</translation>
    </message>
    <message>
        <source>Other mediator</source>
        <translation>其他调解人</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>达成协议</translation>
    </message>
    <message>
        <source>To continue</source>
        <translation>继续调解</translation>
    </message>
    <message>
        <source>No agreement</source>
        <translation>调解不成</translation>
    </message>
    <message>
        <source>Being mediated</source>
        <translation>调解中</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>调解成功</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>移交</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>People&apos;s mediation committee</source>
        <translation>人民调解委员会</translation>
    </message>
    <message>
        <source>Police station</source>
        <translation>派出所</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>法院</translation>
    </message>
    <message>
        <source>Petition office</source>
        <translation>信访部门</translation>
    </message>
</context>
<context>
    <name>gd::exchange</name>
    <message>
        <source>The package %1 could not be written: %2</source>
        <translation>数据包 %1 无法写入：%2</translation>
    </message>
    <message>
        <source>the old file cannot be replaced</source>
        <translation>旧文件无法替换</translation>
    </message>
    <message>
        <source>the file cannot be renamed</source>
        <translation>文件无法重命名</translation>
    </message>
    <message>
        <source>No street has the code %1.</source>
        <translation>没有编码为 %1 的街道。</translation>
    </message>
    <message>
        <source>No community has the code %1.</source>
        <translation>没有编码为 %1 的社区。</translation>
    </message>
    <message>
        <source>No grid has the code %1.</source>
        <translation>没有编码为 %1 的网格。</translation>
    </message>
    <message>
        <source>Could not back up %1 before merging: %2</source>
        <translation>合并前无法备份 %1：%2</translation>
    </message>
    <message>
        <source>this office</source>
        <translation>本单位</translation>
    </message>
    <message>
        <source>Conflict %1 is not open (resolved already, or no such conflict).</source>
        <translation>冲突 %1 不是待处理状态（已处理过，或没有这个冲突）。</translation>
    </message>
    <message>
        <source>The package %1 refers to records this file does not have (it holds only part of %2&apos;s data), so nothing was merged: ask %2 for a package of everything.</source>
        <translation>数据包 %1 引用了本文件中没有的记录（它只含 %2 的部分数据），因此没有合并任何内容：请向 %2 索要包含全部数据的数据包。</translation>
    </message>
    <message>
        <source>The package %1 was written, but what was sent to %2 could not be noted: %3</source>
        <translation>数据包 %1 已写出，但未能记录发给 %2 的内容：%3</translation>
    </message>
    <message>
        <source>The new value may not be empty: this field is required.</source>
        <translation>新值不能为空：这一项是必填的。</translation>
    </message>
    <message>
        <source>The package %1 could not be opened for merging: %2</source>
        <translation>无法打开数据包 %1 进行合并：%2</translation>
    </message>
    <message>
        <source>Deleted takes 1 (deleted) or 0 (kept).</source>
        <translation>“已删除”只能填 1（删除）或 0（保留）。</translation>
    </message>
    <message>
        <source>A photo cannot be typed in: keep one of the two.</source>
        <translation>照片不能手工填写：请保留两者之一。</translation>
    </message>
    <message>
        <source>The new value must be a number.</source>
        <translation>新值必须是数字。</translation>
    </message>
    <message>
        <source>The record of conflict %1 no longer exists.</source>
        <translation>冲突 %1 所涉及的记录已不存在。</translation>
    </message>
    <message>
        <source>The undo file %1 could not be opened: %2</source>
        <translation>无法打开撤销文件 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a GridDesk undo file.</source>
        <translation>%1 不是网格工作台的撤销文件。</translation>
    </message>
    <message>
        <source>The undo file %1 is damaged: its header is unreadable.</source>
        <translation>撤销文件 %1 已损坏：文件头无法读取。</translation>
    </message>
    <message>
        <source>The undo file %1 is damaged.</source>
        <translation>撤销文件 %1 已损坏。</translation>
    </message>
    <message>
        <source>The undo file %1 belongs to another GridDesk file; nothing was changed.</source>
        <translation>撤销文件 %1 属于另一个网格工作台数据文件；未做任何更改。</translation>
    </message>
    <message>
        <source>The merge of %1 cannot be undone: rows of %2 changed after it (an edit or a later merge). Undo later merges first; nothing was changed.</source>
        <translation>无法撤销 %1 的合并：%2 中的记录在合并之后又有改动（编辑或之后的合并）。请先撤销之后的合并；未做任何更改。</translation>
    </message>
    <message>
        <source>The package %1 was refused: its timeline event %2 has the id of one this file already has, with other content (events never change once written).</source>
        <translation>数据包 %1 被拒绝：其中的办理记录 %2 与本文件已有的一条记录编号相同但内容不同（办理记录一经写入永不改变）。</translation>
    </message>
    <message>
        <source>The package %1 was refused: %2</source>
        <translation>数据包 %1 已被拒绝：%2</translation>
    </message>
    <message>
        <source>there is no such file.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <source>No temporary folder for the package: %1</source>
        <translation>无法为数据包创建临时文件夹：%1</translation>
    </message>
    <message>
        <source>the file cannot be read.</source>
        <translation>文件无法读取。</translation>
    </message>
    <message>
        <source>it is not a GridDesk package.</source>
        <translation>它不是网格工作台的数据包。</translation>
    </message>
    <message>
        <source>it was made by a newer GridDesk (package format %1; this GridDesk reads format %2). Update GridDesk first.</source>
        <translation>它由更新版本的网格工作台生成（数据包格式 %1；本程序可读取格式 %2）。请先升级网格工作台。</translation>
    </message>
    <message>
        <source>the file is damaged (%1).</source>
        <translation>文件已损坏（%1）。</translation>
    </message>
    <message>
        <source>its schema cannot be read (%1).</source>
        <translation>无法读取其结构（%1）。</translation>
    </message>
    <message>
        <source>it holds a %1 &quot;%2&quot; that no GridDesk package has.</source>
        <translation>其中含有网格工作台数据包不应有的 %1“%2”。</translation>
    </message>
    <message>
        <source>it holds a table &quot;%1&quot; that no GridDesk package has.</source>
        <translation>其中含有网格工作台数据包不应有的表“%1”。</translation>
    </message>
    <message>
        <source>its table &quot;%1&quot; is missing.</source>
        <translation>缺少表“%1”。</translation>
    </message>
    <message>
        <source>its table &quot;%1&quot; is not the one this GridDesk writes (made by another version?).</source>
        <translation>表“%1”与本程序写出的不一致（是否由其他版本生成？）。</translation>
    </message>
    <message>
        <source>its manifest cannot be read.</source>
        <translation>无法读取其清单。</translation>
    </message>
    <message>
        <source>its manifest lacks &quot;%1&quot;.</source>
        <translation>清单缺少“%1”。</translation>
    </message>
    <message>
        <source>its manifest and its file disagree about the package format.</source>
        <translation>清单与文件所示的数据包格式不一致。</translation>
    </message>
    <message>
        <source>it was made with file version %1 and this file is version %2: both offices need the same GridDesk version.</source>
        <translation>它由文件版本 %1 生成，而本文件为版本 %2：双方单位需使用相同版本的网格工作台。</translation>
    </message>
    <message>
        <source>its manifest names no valid sending office.</source>
        <translation>清单中没有有效的发送单位。</translation>
    </message>
    <message>
        <source>it was made from this very file: a file is never merged with itself.</source>
        <translation>它就是由本文件导出的：文件不能与自身合并。</translation>
    </message>
    <message>
        <source>its manifest has no valid clock.</source>
        <translation>清单中没有有效的时钟值。</translation>
    </message>
    <message>
        <source>its manifest has no valid date.</source>
        <translation>清单中没有有效的日期。</translation>
    </message>
    <message>
        <source>its manifest does not list the table &quot;%1&quot;.</source>
        <translation>清单中未列出表“%1”。</translation>
    </message>
    <message>
        <source>the table &quot;%1&quot; cannot be read (%2).</source>
        <translation>无法读取表“%1”（%2）。</translation>
    </message>
    <message>
        <source>in the table &quot;%1&quot;, row &quot;%2&quot;, the value of &quot;%3&quot; is of the wrong type or too long.</source>
        <translation>表“%1”第“%2”行中“%3”的值类型错误或过长。</translation>
    </message>
    <message>
        <source>the table &quot;%1&quot; holds %2 rows, its manifest says %3.</source>
        <translation>表“%1”有 %2 行，清单记载为 %3 行。</translation>
    </message>
    <message>
        <source>the content of the table &quot;%1&quot; does not match its checksum (changed after it was written?).</source>
        <translation>表“%1”的内容与其校验值不符（写出后被改动过？）。</translation>
    </message>
    <message>
        <source>its content does not match the checksum of the whole.</source>
        <translation>其内容与整体校验值不符。</translation>
    </message>
    <message>
        <source>%1 is not an office key file: %2</source>
        <translation>%1 不是单位密钥文件：%2</translation>
    </message>
    <message>
        <source>This file&apos;s signing key is missing or damaged: packages cannot be signed.</source>
        <translation>本文件的签名密钥缺失或已损坏，无法为数据包签名。</translation>
    </message>
    <message>
        <source>The key file %1 could not be written: %2</source>
        <translation>无法写入密钥文件 %1：%2</translation>
    </message>
    <message>
        <source>The key file %1 cannot be read: %2</source>
        <translation>无法读取密钥文件 %1：%2</translation>
    </message>
    <message>
        <source>it is far too large.</source>
        <translation>文件过大。</translation>
    </message>
    <message>
        <source>it is not the file GridDesk writes with &quot;office key&quot;.</source>
        <translation>它不是网格工作台用“office key”导出的文件。</translation>
    </message>
    <message>
        <source>its public key is not a key.</source>
        <translation>其中的公钥无效。</translation>
    </message>
    <message>
        <source>the fingerprint it states is not the one of its key.</source>
        <translation>文件所写的指纹与其密钥不符。</translation>
    </message>
    <message>
        <source>it is not signed: it was made by an older GridDesk (package format %1). Both offices need this GridDesk version, and each must trust the other&apos;s key.</source>
        <translation>它没有签名：由旧版网格工作台导出（数据包格式 %1）。双方单位都需使用本版本，并互相信任对方的密钥。</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <source>it is not signed by the office it names (%1).</source>
        <translation>它没有所署单位（%1）的签名。</translation>
    </message>
    <message>
        <source>its signature does not match its contents: it was changed after the office %1 (fingerprint %2) signed it, or the signature was forged.</source>
        <translation>签名与内容不符：单位 %1（指纹 %2）签名后内容被改动过，或签名是伪造的。</translation>
    </message>
    <message>
        <source>it is signed by the office %1 (fingerprint %2), which this office does not trust. Compare the fingerprint with that office by phone, then trust it: on the Exchange page, or with griddesk-cli trust add --package FILE --fingerprint FP.</source>
        <translation>它由单位 %1（指纹 %2）签名，本单位尚未信任该单位。请电话与该单位核对指纹后再信任它：在“数据交换”页面，或用 griddesk-cli trust add --package FILE --fingerprint FP。</translation>
    </message>
    <message>
        <source>it is signed with the key of the office %1 (fingerprint %2) but comes from another file than the one trusted with that key.</source>
        <translation>它用单位 %1（指纹 %2）的密钥签名，但并非来自信任该密钥时登记的那个数据文件。</translation>
    </message>
    <message>
        <source>it holds changes dated %1, more than %2 hours ahead of this PC&apos;s clock (%3). The office %4 must correct its PC&apos;s date and time and send the package again; nothing of it was kept.</source>
        <translation>其中有时间为 %1 的修改，比本机时钟（%3）快了 %2 小时以上。请单位 %4 校正电脑的日期和时间后重新发送；本数据包未保留任何内容。</translation>
    </message>
    <message>
        <source>Scope: &quot;%1&quot; is not district, street:CODE, community:CODE or grid:CODE.</source>
        <translation>范围：“%1”不是 district、street:编码、community:编码 或 grid:编码。</translation>
    </message>
    <message>
        <source>Key: it is not an office&apos;s public key.</source>
        <translation>密钥：这不是单位的公钥。</translation>
    </message>
    <message>
        <source>Fingerprint: type the 32 digits and letters the other office read to you.</source>
        <translation>指纹：请输入对方单位念给您的 32 位数字和字母。</translation>
    </message>
    <message>
        <source>Fingerprint: %1 is not this key&apos;s fingerprint (%2). Do not trust the key: ask the other office for its key file again.</source>
        <translation>指纹：%1 不是该密钥的指纹（%2）。请勿信任此密钥，请向对方单位重新索取密钥文件。</translation>
    </message>
    <message>
        <source>Key: this is this office&apos;s own key; an office never merges its own packages.</source>
        <translation>密钥：这是本单位自己的密钥，单位不会合并自己的数据包。</translation>
    </message>
    <message>
        <source>No trusted office has the fingerprint &quot;%1&quot;.</source>
        <translation>没有指纹为“%1”的受信任单位。</translation>
    </message>
    <message>
        <source>in the table &quot;%1&quot;, row &quot;%2&quot;, the value of &quot;%3&quot; holds a control character or a hidden direction mark, which no record may hold.</source>
        <translation>表“%1”的记录“%2”中，“%3”的值含有控制字符或隐藏的方向标记，任何记录都不允许包含。</translation>
    </message>
    <message>
        <source>The merge of %1 was undone already; nothing was changed.</source>
        <translation>%1 的合并已撤销过，未做任何更改。</translation>
    </message>
    <message>
        <source>The merge of %1 never completed (it was cancelled, refused, or the program stopped): the file holds nothing of it, so there is nothing to undo. The undo file %2 can be deleted.</source>
        <translation>%1 的合并从未完成（已取消、被拒绝或程序中途停止），数据文件中没有它的任何内容，无需撤销。撤销文件 %2 可以删除。</translation>
    </message>
    <message>
        <source>Two cases are two requests: renumber one instead (a repeat is attached at the desk).</source>
        <translation>两件诉求是两个事项，不能合并：请为其中一件改号（重复诉求在受理时关联）。</translation>
    </message>
    <message>
        <source>Only streets, communities, grids and workers are merged.</source>
        <translation>只有街道、社区、网格和网格员可以合并。</translation>
    </message>
    <message>
        <source>Merging needs two live records with the same %1.</source>
        <translation>合并需要两条%1相同的有效记录。</translation>
    </message>
    <message>
        <source>Only streets, communities, grids, workers and cases are renumbered.</source>
        <translation>只有街道、社区、网格、网格员和诉求可以改号。</translation>
    </message>
    <message>
        <source>No live record %1 in %2.</source>
        <translation>%2 中没有有效记录 %1。</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>New number</source>
        <translation>新编号</translation>
    </message>
    <message>
        <source>%1 is held by another record already.</source>
        <translation>%1 已被另一条记录使用。</translation>
    </message>
    <message>
        <source>in the table &quot;%1&quot;, row &quot;%2&quot;, &quot;%3&quot; is empty, which every record needs (it would not be accepted at the desk either).</source>
        <translation>表“%1”第“%2”行的“%3”为空，而每条记录都必须填写（在窗口录入时也不会被接受）。</translation>
    </message>
    <message>
        <source>in the table &quot;%1&quot;, row &quot;%2&quot;, &quot;%3&quot; is dated before 2000, earlier than any record kept (a mistyped year?).</source>
        <translation>表“%1”第“%2”行的“%3”早于 2000 年，早于任何保存的记录（年份输错了？）。</translation>
    </message>
    <message>
        <source>The package %1 was refused: it changes rows outside %2 (the area %3 is trusted for here), in the table &quot;%4&quot;: %5. Nothing of it was merged.</source>
        <translation>数据包 %1 被拒绝：它修改了 %2（本单位信任 %3 的范围）以外的记录，表“%4”：%5。未合并任何内容。</translation>
    </message>
    <message>
        <source>The office list %1 was refused: %2</source>
        <translation>单位名单 %1 被拒绝：%2</translation>
    </message>
    <message>
        <source>The office list %1 could not be written: %2</source>
        <translation>无法写入单位名单 %1：%2</translation>
    </message>
    <message>
        <source>The office list %1 cannot be read: %2</source>
        <translation>无法读取单位名单 %1：%2</translation>
    </message>
    <message>
        <source>it is not the file GridDesk writes with &quot;trust export-list&quot;.</source>
        <translation>它不是网格工作台用“trust export-list”写出的文件。</translation>
    </message>
    <message>
        <source>it is signed by %1 (fingerprint %2), which this office does not trust. Trust that office first, comparing its fingerprint by phone.</source>
        <translation>它由 %1（指纹 %2）签名，本单位不信任该单位。请先电话核对指纹，信任该单位。</translation>
    </message>
    <message>
        <source>%1 is trusted here for one area only, not to vouch for other offices.</source>
        <translation>本单位只在一个范围内信任 %1，它不能为其他单位担保。</translation>
    </message>
    <message>
        <source>its signature does not match (changed after %1 signed it?).</source>
        <translation>签名不符（%1 签名后被改动过？）。</translation>
    </message>
    <message>
        <source>the entry of %1: %2</source>
        <translation>%1 一项：%2</translation>
    </message>
</context>
<context>
    <name>gd::exemplary</name>
    <message>
        <source>Request</source>
        <translation>诉求</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>矛盾纠纷</translation>
    </message>
    <message>
        <source>Residents&apos; council</source>
        <translation>居民议事会</translation>
    </message>
    <message>
        <source>Volunteer service</source>
        <translation>志愿服务</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已审核</translation>
    </message>
</context>
<context>
    <name>gd::gridwork</name>
    <message>
        <source>Visits and patrols</source>
        <translation>走访巡查</translation>
    </message>
    <message>
        <source>Home visits</source>
        <translation>入户走访</translation>
    </message>
    <message>
        <source>Patrols</source>
        <translation>巡查</translation>
    </message>
    <message>
        <source>Care visits</source>
        <translation>关爱走访</translation>
    </message>
    <message>
        <source>Problems found on visits</source>
        <translation>走访发现问题</translation>
    </message>
    <message>
        <source>Care visits late now</source>
        <translation>关爱走访逾期（当前）</translation>
    </message>
    <message>
        <source>Disputes found</source>
        <translation>纠纷排查登记</translation>
    </message>
    <message>
        <source>Disputes found by screening</source>
        <translation>其中排查发现</translation>
    </message>
    <message>
        <source>Disputes settled</source>
        <translation>调解成功</translation>
    </message>
    <message>
        <source>Disputes referred</source>
        <translation>移交处理</translation>
    </message>
    <message>
        <source>Disputes withdrawn</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>High-risk disputes to review</source>
        <translation>高风险纠纷待研判</translation>
    </message>
    <message>
        <source>%1%2 pts</source>
        <translation>%1%2 个百分点</translation>
    </message>
    <message>
        <source>Settlement rate</source>
        <translation>调解成功率</translation>
    </message>
    <message>
        <source>The period&apos;s last day is before its first.</source>
        <translation>统计期的最后一天早于第一天。</translation>
    </message>
    <message>
        <source>Police–grid joint activities</source>
        <translation>警网联动</translation>
    </message>
    <message>
        <source>Joint meetings held</source>
        <translation>联席会商</translation>
    </message>
    <message>
        <source>Meeting tasks due</source>
        <translation>会商任务到期</translation>
    </message>
    <message>
        <source>Meeting tasks done on time</source>
        <translation>会商任务按期办结</translation>
    </message>
    <message>
        <source>Tasks done on time</source>
        <translation>任务按期办结率</translation>
    </message>
    <message>
        <source>Residents&apos; councils held</source>
        <translation>居民议事</translation>
    </message>
    <message>
        <source>Rules adopted by councils</source>
        <translation>议事形成规约</translation>
    </message>
    <message>
        <source>Volunteer services</source>
        <translation>志愿服务</translation>
    </message>
    <message>
        <source>Volunteer hours</source>
        <translation>志愿服务时长</translation>
    </message>
</context>
<context>
    <name>gd::hub</name>
    <message>
        <source>The hub&apos;s connection string must not hold a password: put it in the PGPASSWORD environment variable or a ~/.pgpass file.</source>
        <translation>枢纽的连接串中不能含密码：请把密码放在环境变量 PGPASSWORD 或 ~/.pgpass 文件中。</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian: libqt6sql6-psql).</source>
        <translation>未安装 Qt 的 PostgreSQL 驱动（Debian：libqt6sql6-psql）。</translation>
    </message>
    <message>
        <source>Could not connect to the hub (%1): %2</source>
        <translation>无法连接枢纽（%1）：%2</translation>
    </message>
    <message>
        <source>The package %1 was refused: its timeline event %2 has the id of one the hub already has, with other content (events never change once written).</source>
        <translation>数据包 %1 被拒绝：其中的办理记录 %2 与枢纽已有的一条记录编号相同但内容不同（办理记录一经写入永不改变）。</translation>
    </message>
    <message>
        <source>Could not start a transaction on the hub: %1</source>
        <translation>无法在枢纽上开始事务：%1</translation>
    </message>
    <message>
        <source>Could not commit the package to the hub: %1</source>
        <translation>无法把数据包提交到枢纽：%1</translation>
    </message>
    <message>
        <source>The database already holds tables that are not a GridDesk hub&apos;s: give the hub a database of its own.</source>
        <translation>该数据库中已有不属于网格工作台枢纽的表：请为枢纽单独建一个数据库。</translation>
    </message>
    <message>
        <source>Could not start a transaction on the hub.</source>
        <translation>无法在枢纽上开始事务。</translation>
    </message>
    <message>
        <source>The hub was made by a newer GridDesk (hub version %1; this GridDesk knows %2).</source>
        <translation>该枢纽由更新版本的网格工作台建立（枢纽版本 %1，本程序支持到 %2）。</translation>
    </message>
    <message>
        <source>GridDesk hub</source>
        <translation>网格工作台枢纽</translation>
    </message>
    <message>
        <source>Could not commit the hub&apos;s schema.</source>
        <translation>无法提交枢纽的表结构。</translation>
    </message>
    <message>
        <source>The database is not a GridDesk hub: make one with griddesk-hub init.</source>
        <translation>该数据库不是网格工作台枢纽：请先用 griddesk-hub init 建立。</translation>
    </message>
    <message>
        <source>The hub holds file version %1 and this GridDesk writes version %2: run griddesk-hub upgrade first.</source>
        <translation>枢纽中的数据为文件版本 %1，本程序写入版本 %2：请先运行 griddesk-hub upgrade。</translation>
    </message>
    <message>
        <source>Key: this is the hub&apos;s own key.</source>
        <translation>密钥：这是枢纽自己的密钥。</translation>
    </message>
    <message>
        <source>No office with the fingerprint %1 is trusted by the hub.</source>
        <translation>枢纽未信任指纹为 %1 的单位。</translation>
    </message>
    <message>
        <source>The hub trusts no office named %1 (griddesk-hub trust list).</source>
        <translation>枢纽没有信任名为 %1 的单位（见 griddesk-hub trust list）。</translation>
    </message>
    <message>
        <source>%1 names %2 trusted offices: give the office&apos;s key fingerprint instead.</source>
        <translation>“%1”对应 %2 个受信任的单位：请改用该单位的密钥指纹。</translation>
    </message>
    <message>
        <source>The hub does not know the site of %1: trust it again from one of its packages.</source>
        <translation>枢纽不知道 %1 的站点：请用它的一个数据包重新信任它。</translation>
    </message>
    <message>
        <source>The package %1 could not be written: %2</source>
        <translation>无法写入数据包 %1：%2</translation>
    </message>
    <message>
        <source>The package %1 could not be written: the file cannot be replaced.</source>
        <translation>无法写入数据包 %1：无法替换原文件。</translation>
    </message>
    <message>
        <source>The package %1 was written, but what was sent to %2 could not be noted: %3</source>
        <translation>数据包 %1 已写入，但未能记下发给 %2 的内容：%3</translation>
    </message>
    <message>
        <source>The hub&apos;s figures were counted by another version of GridDesk: run griddesk-hub upgrade first.</source>
        <translation>枢纽的统计数据由另一版本的网格工作台计算：请先运行 griddesk-hub upgrade。</translation>
    </message>
    <message>
        <source>it is signed by the office %1 (fingerprint %2), which the hub does not trust. Compare the fingerprint with that office by phone, then trust it with griddesk-hub trust add --package FILE --fingerprint FP.</source>
        <translation>它由单位 %1（指纹 %2）签名，枢纽尚未信任该单位。请电话与该单位核对指纹后，用 griddesk-hub trust add --package FILE --fingerprint FP 信任它。</translation>
    </message>
    <message>
        <source>The hub is of hub version %1 and this GridDesk works with version %2: run griddesk-hub upgrade first.</source>
        <translation>该枢纽为枢纽版本 %1，本程序使用枢纽版本 %2：请先运行 griddesk-hub upgrade。</translation>
    </message>
</context>
<context>
    <name>gd::hub::HubConflicts</name>
    <message>
        <source>Conflict %1 is not open (resolved already, or no such conflict).</source>
        <translation>冲突 %1 不是待处理状态（已处理过，或没有这个冲突）。</translation>
    </message>
    <message>
        <source>The record of conflict %1 no longer exists.</source>
        <translation>冲突 %1 涉及的记录已不存在。</translation>
    </message>
    <message>
        <source>Could not start a transaction on the hub: %1</source>
        <translation>无法在枢纽上开始事务：%1</translation>
    </message>
    <message>
        <source>Could not commit the decision to the hub: %1</source>
        <translation>无法把处理结果提交到枢纽：%1</translation>
    </message>
</context>
<context>
    <name>gd::hub::HubReferences</name>
    <message>
        <source>The package %1 refers to records the hub does not have (it holds only part of %2&apos;s data), so nothing was taken: %3.%4 of %5 names what is not in %6. Take a package of everything from %2 first.</source>
        <translation>数据包 %1 引用了枢纽中没有的记录（它只含 %2 的部分数据），因此没有接收任何内容：%5 的 %3.%4 指向 %6 中不存在的记录。请先接收 %2 包含全部数据的数据包。</translation>
    </message>
</context>
<context>
    <name>gd::joint</name>
    <message>
        <source>Information gathered together</source>
        <translation>基础信息联采</translation>
    </message>
    <message>
        <source>Disputes mediated together</source>
        <translation>矛盾纠纷联调</translation>
    </message>
    <message>
        <source>Hazards screened together</source>
        <translation>风险隐患联排</translation>
    </message>
    <message>
        <source>Incidents handled together</source>
        <translation>警情发案联处</translation>
    </message>
    <message>
        <source>Joint patrol</source>
        <translation>治安巡防联控</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>Building leader</source>
        <translation>楼组长</translation>
    </message>
    <message>
        <source>Party member</source>
        <translation>党员</translation>
    </message>
</context>
<context>
    <name>gd::keyset</name>
    <message>
        <source>&apos;%1&apos; is not a place in the list.</source>
        <translation>“%1”不是列表中的位置。</translation>
    </message>
</context>
<context>
    <name>gd::org</name>
    <message>
        <source>Basic grid</source>
        <translation>基础网格</translation>
    </message>
    <message>
        <source>Dedicated grid</source>
        <translation>专属网格</translation>
    </message>
    <message>
        <source>Heating</source>
        <translation>供热</translation>
    </message>
    <message>
        <source>Gas</source>
        <translation>燃气</translation>
    </message>
    <message>
        <source>Power supply</source>
        <translation>供电</translation>
    </message>
    <message>
        <source>Water supply</source>
        <translation>供水</translation>
    </message>
    <message>
        <source>Property company</source>
        <translation>物业公司</translation>
    </message>
    <message>
        <source>Telecom</source>
        <translation>通信</translation>
    </message>
    <message>
        <source>Police station</source>
        <translation>派出所</translation>
    </message>
    <message>
        <source>Law-enforcement squad</source>
        <translation>执法中队</translation>
    </message>
    <message>
        <source>Street office department</source>
        <translation>街道科室</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>gd::people</name>
    <message>
        <source>Full-time grid worker</source>
        <translation>专职网格员</translation>
    </message>
    <message>
        <source>Part-time grid worker</source>
        <translation>兼职网格员</translation>
    </message>
    <message>
        <source>Grid head</source>
        <translation>网格长</translation>
    </message>
    <message>
        <source>Police officer</source>
        <translation>社区民警</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>Building leader</source>
        <translation>楼组长</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>离职</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>调离</translation>
    </message>
    <message>
        <source>Community worker</source>
        <translation>社区专职工作者</translation>
    </message>
    <message>
        <source>Community committee member</source>
        <translation>社区“两委”成员</translation>
    </message>
    <message>
        <source>Public-institution post</source>
        <translation>事业编制</translation>
    </message>
    <message>
        <source>No star</source>
        <translation>无星</translation>
    </message>
</context>
<context>
    <name>gd::rating</name>
    <message>
        <source>rounded down</source>
        <translation>向下取整</translation>
    </message>
    <message>
        <source>rounded to the nearest</source>
        <translation>四舍五入</translation>
    </message>
    <message>
        <source>rounded up</source>
        <translation>向上取整</translation>
    </message>
    <message>
        <source>quota %1% of %2 = %3, %4</source>
        <translation>名额 %1%×%2 人 = %3，%4</translation>
    </message>
    <message>
        <source>, at least %1</source>
        <translation>，至少 %1 个</translation>
    </message>
    <message numerus="yes">
        <source> → %n place(s)</source>
        <translation>
            <numerusform> → %n 个名额</numerusform>
        </translation>
    </message>
    <message>
        <source>no star</source>
        <translation>无星</translation>
    </message>
    <message>
        <source>one star</source>
        <translation>一星</translation>
    </message>
    <message>
        <source>two stars</source>
        <translation>二星</translation>
    </message>
    <message>
        <source>three stars</source>
        <translation>三星</translation>
    </message>
    <message>
        <source>four stars</source>
        <translation>四星</translation>
    </message>
    <message>
        <source>five stars</source>
        <translation>五星</translation>
    </message>
    <message>
        <source>ranked %1 of %2 at %3</source>
        <translation>在%3的 %2 人中排名第 %1</translation>
    </message>
    <message>
        <source>A veto item this month: the month counts 0 and the worker goes down to %1.</source>
        <translation>本月有一票否决事项：当月计 0 分，降为%1。</translation>
    </message>
    <message>
        <source>Annual score %1 &lt; %2, a failed year: down to %3.</source>
        <translation>年度得分 %1 &lt; %2，年度不合格：降为%3。</translation>
    </message>
    <message>
        <source>excellent</source>
        <translation>优秀</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>basic pass</source>
        <translation>基本合格</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>%1 is not a month (YYYY-MM).</source>
        <translation>%1 不是月份（应为 YYYY-MM）。</translation>
    </message>
    <message>
        <source>The review of %1 has no item %2.</source>
        <translation>%1 的考评没有 %2 这一项。</translation>
    </message>
    <message>
        <source>%1: %2 is outside 0 – %3.</source>
        <translation>%1：%2 超出 0 – %3 的范围。</translation>
    </message>
    <message>
        <source>The review of %1 is approved and locked; reopen it with a reason first.</source>
        <translation>%1 的考评已审批并锁定；请先说明理由重新打开。</translation>
    </message>
    <message>
        <source>There is no such worker.</source>
        <translation>没有这名人员。</translation>
    </message>
    <message>
        <source>The review of %1 is approved already.</source>
        <translation>%1 的考评已经审批。</translation>
    </message>
    <message>
        <source>Say why the approved month is reopened.</source>
        <translation>请说明重新打开已审批月份的理由。</translation>
    </message>
    <message>
        <source>The review of %1 is not approved: there is nothing to reopen.</source>
        <translation>%1 的考评尚未审批：无需重新打开。</translation>
    </message>
    <message>
        <source>%1 is approved after %2: reopen the later months first.</source>
        <translation>%1 在 %2 之后已审批：请先重新打开后面的月份。</translation>
    </message>
    <message>
        <source>The review of %1 is not approved yet: rewards are paid on the approved month.</source>
        <translation>%1 的考评尚未审批：奖励按已审批的月份发放。</translation>
    </message>
    <message>
        <source>Review %1</source>
        <translation>考评表 %1</translation>
    </message>
    <message>
        <source>Rewards %1</source>
        <translation>奖励发放 %1</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>网格员</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>星级</translation>
    </message>
    <message>
        <source>Proposed star</source>
        <translation>拟定星级</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>%1 is computed from the records; it cannot be typed in.</source>
        <translation>%1 由记录计算得出，不能手工录入。</translation>
    </message>
    <message>
        <source>%1 to %2 is not a range of months (YYYY-MM).</source>
        <translation>%1 至 %2 不是有效的月份范围（YYYY-MM）。</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>第 %1 项</translation>
    </message>
    <message>
        <source>%1: the code is lower-case letters, digits and _ (up to 32), starting with a letter, not &quot;%2&quot;.</source>
        <translation>%1：代码须以小写字母开头，由小写字母、数字和 _ 组成（最多 32 个），不能是“%2”。</translation>
    </message>
    <message>
        <source>%1: the code %2 is used twice.</source>
        <translation>%1：代码 %2 重复使用。</translation>
    </message>
    <message>
        <source>%1 (%2): give the item a name.</source>
        <translation>%1（%2）：请填写项目名称。</translation>
    </message>
    <message>
        <source>%1 (%2): the kind is one of %3, not &quot;%4&quot;.</source>
        <translation>%1（%2）：类别须为 %3 之一，不能是“%4”。</translation>
    </message>
    <message>
        <source>%1 (%2): an item of kind %3 is counted from one of: %4.</source>
        <translation>%1（%2）：%3 类项目的计分来源须为以下之一：%4。</translation>
    </message>
    <message>
        <source>%1 (%2): a veto item scores no points (0).</source>
        <translation>%1（%2）：一票否决项不计分（满分为 0）。</translation>
    </message>
    <message>
        <source>%1 (%2): the maximum is 0 to 100 points.</source>
        <translation>%1（%2）：满分须在 0 到 100 分之间。</translation>
    </message>
    <message>
        <source>%1 (%2): give the points for each case or session counted (above 0).</source>
        <translation>%1（%2）：请填写每件诉求或每次培训计的分值（大于 0）。</translation>
    </message>
    <message>
        <source>The items other than bonus and veto must make 100 points together, not %1.</source>
        <translation>加分项和一票否决项以外的项目满分合计须为 100 分，而不是 %1 分。</translation>
    </message>
    <message>
        <source>%1 is reviewed and approved already: change the template from %2 on.</source>
        <translation>%1 已考评审定：请从 %2 起修改考评项目。</translation>
    </message>
    <message>
        <source>Values are typed for %1 in %2: a new version from %3 would hide them. Change the template from a month without them.</source>
        <translation>%2 已为“%1”录入分数：从 %3 起的新版本会使其不再显示。请从尚未录入的月份起修改考评项目。</translation>
    </message>
    <message>
        <source>Give one amount for each level, none to five stars.</source>
        <translation>请为每个等级（无星到五星）各填一个金额。</translation>
    </message>
    <message>
        <source>A reward cannot be below zero.</source>
        <translation>奖励金额不能小于零。</translation>
    </message>
    <message>
        <source>Promotion share: give a share above 0% and at most 100% of the workers at a level.</source>
        <translation>每级晋星名额比例：请填写大于 0% 且不超过 100% 的比例（占该星级现有人数）。</translation>
    </message>
    <message>
        <source>Places at least: give a number of places from 0 to 10.</source>
        <translation>每级至少名额：请填写 0 到 10 之间的名额数。</translation>
    </message>
    <message>
        <source>Promotion score: give a score from 0 to 100.</source>
        <translation>晋星分数线：请填写 0 到 100 之间的分数。</translation>
    </message>
    <message>
        <source>Poor month below: give a score from 0 to 100, not above the promotion score.</source>
        <translation>不合格分数线：请填写 0 到 100 之间的分数，且不高于晋星分数线。</translation>
    </message>
    <message>
        <source>Poor months in a row: give a number of months from 1 to 12.</source>
        <translation>连续不合格月数：请填写 1 到 12 之间的月数。</translation>
    </message>
    <message>
        <source>Failed year below: give a score from 0 to 100.</source>
        <translation>年度不合格分数线：请填写 0 到 100 之间的分数。</translation>
    </message>
    <message>
        <source>First half&apos;s weight: give a share from 0% to 100%.</source>
        <translation>上半年权重：请填写 0% 到 100% 之间的比例。</translation>
    </message>
    <message>
        <source>Second half&apos;s weight: give a share from 0% to 100%; the two weights cannot both be zero.</source>
        <translation>下半年权重：请填写 0% 到 100% 之间的比例；上下半年权重不能同时为零。</translation>
    </message>
    <message>
        <source>Excellent from: give a score from 0 to 100.</source>
        <translation>优秀分数线：请填写 0 到 100 之间的分数。</translation>
    </message>
    <message>
        <source>Pass from: give a score from 0 to 100, not above the excellent grade.</source>
        <translation>合格分数线：请填写 0 到 100 之间的分数，且不高于优秀分数线。</translation>
    </message>
    <message>
        <source>Basic pass from: give a score from 0 to 100, not above the pass grade.</source>
        <translation>基本合格分数线：请填写 0 到 100 之间的分数，且不高于合格分数线。</translation>
    </message>
    <message>
        <source>Yes</source>
        <comment>a veto this month</comment>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <comment>no veto this month</comment>
        <translation>否</translation>
    </message>
    <message>
        <source>The review of %1 is not submitted yet: whoever scores it submits it, then a supervisor approves it.</source>
        <translation>%1 的考评尚未提交：由评分人提交后，再由负责人审批。</translation>
    </message>
    <message>
        <source>The review of %1 is approved once the month has ended, from %2 on.</source>
        <translation>%1 的考评须在该月结束后审批，即 %2 起。</translation>
    </message>
    <message>
        <source>%1 submitted the review of %2: another supervisor approves it (the review settings ask for two people).</source>
        <translation>%2 的考评由 %1 提交，须由另一位负责人审批（考评设置要求提交与审批由两人完成）。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between item names</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>A veto this year: no star reward for the rest of the year.</source>
        <translation>本年度有一票否决：本年度余下月份不发星级奖励。</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>%1 is not a review setting; they are: %2.</source>
        <translation>%1 不是考评设置项；可用的设置项：%2。</translation>
    </message>
    <message>
        <source>%1: %2 is not a number.</source>
        <translation>%1：%2 不是数字。</translation>
    </message>
    <message>
        <source>%1: give true or false, not %2.</source>
        <translation>%1：请填写 true 或 false，而不是 %2。</translation>
    </message>
    <message>
        <source>%1: %2 is not one of %3.</source>
        <translation>%1：%2 不是可选值（%3）之一。</translation>
    </message>
    <message>
        <source>Months at a level before the next star: give a number of months from 0 to 36.</source>
        <translation>晋升下一星前在现星级的最短时间：请填写 0 到 36 之间的月数。</translation>
    </message>
    <message>
        <source>%1 Q%2</source>
        <comment>a year&apos;s quarter</comment>
        <translation>%1年第%2季度</translation>
    </message>
    <message>
        <source>the first half of %1</source>
        <translation>%1年上半年</translation>
    </message>
    <message>
        <source>the second half of %1</source>
        <translation>%1年下半年</translation>
    </message>
    <message>
        <source>the year %1</source>
        <translation>%1年度</translation>
    </message>
    <message>
        <source>%1&apos;s result %2</source>
        <translation>%1综合成绩 %2</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>得分 %1</translation>
    </message>
    <message>
        <source>Score %1 counts toward %2; stars move when it ends, with the review of %3.</source>
        <translation>本月得分 %1 计入%2；星级在考评期结束时（%3 考评）调整。</translation>
    </message>
    <message>
        <source>%1 poor months in a row (below %2) since the star last moved; %3 in a row take a star: down to %4.</source>
        <translation>自上次星级调整以来连续 %1 个月不合格（低于 %2 分）；连续 %3 个月不合格降一星：降为%4。</translation>
    </message>
    <message>
        <source>%1; %2, the highest level: stays.</source>
        <translation>%1；%2，已是最高星级：保持。</translation>
    </message>
    <message>
        <source>%1; %2 &lt; %3 needed to go up: stays at %4.</source>
        <translation>%1；%2 &lt; 晋星分数线 %3：保持%4。</translation>
    </message>
    <message>
        <source>%1; %2, but a veto this year: no star is given for the rest of the year: stays at %3.</source>
        <translation>%1；%2，但本年度有一票否决：本年度不再晋星：保持%3。</translation>
    </message>
    <message>
        <source>%1; %2 ≥ %3, but %4 month(s) at %5 of the %6 needed before the next star: stays.</source>
        <translation>%1；%2 ≥ %3，但在%5仅 %4 个月，晋升下一星需满 %6 个月：保持。</translation>
    </message>
    <message>
        <source>%1; %2; %3 ≥ %4: promoted to %5.</source>
        <translation>%1；%2；%3 ≥ %4：晋升为%5。</translation>
    </message>
    <message>
        <source>%1; %2, taken by those ranked above; %3 ≥ %4 but no place left: stays at %5.</source>
        <translation>%1；%2，已由排名在前者占用；%3 ≥ %4 但名额已满：保持%5。</translation>
    </message>
    <message>
        <source>A veto item this month: the month counts 0. </source>
        <translation>本月有一票否决事项：当月计 0 分。</translation>
    </message>
    <message>
        <source>A veto item this month: the month counts 0, and no star is given nor star reward paid for the rest of the year. </source>
        <translation>本月有一票否决事项：当月计 0 分，本年度余下时间不晋星、不发星级奖励。</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>quarterly</source>
        <translation>每季度</translation>
    </message>
    <message>
        <source>half-yearly</source>
        <translation>每半年</translation>
    </message>
    <message>
        <source>yearly</source>
        <translation>每年</translation>
    </message>
    <message>
        <source>the month counts 0</source>
        <translation>当月计 0 分</translation>
    </message>
    <message>
        <source>the star is taken at once</source>
        <translation>当月即降一星</translation>
    </message>
    <message>
        <source>no star or star reward for the rest of the year</source>
        <translation>本年度不晋星、不发星级奖励</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>不调整星级</translation>
    </message>
    <message>
        <source>down one star</source>
        <translation>降一星</translation>
    </message>
    <message>
        <source>down to no star</source>
        <translation>降为无星</translation>
    </message>
    <message>
        <source>n/a</source>
        <comment>an item with nothing to judge this month</comment>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Nothing to judge: not applicable, carried from the rest (the total is scaled to the items judged).</source>
        <translation>当月无可考评对象时为“不适用”，该项分值由其余项目折算（总分按可考评项目折算）。</translation>
    </message>
    <message>
        <source>Nothing to judge: not applicable, scored in full.</source>
        <translation>当月无可考评对象时为“不适用”，该项计满分。</translation>
    </message>
    <message>
        <source>%1 point(s) per case completed in the month as handler, at most %2.</source>
        <translation>当月作为承办人办结的诉求每件 %1 分，最高 %2 分。</translation>
    </message>
    <message>
        <source>Cases due in the month completed on time ÷ cases due in the month (done, or past the deadline by now) × %1. </source>
        <translation>当月到期诉求中按时办结件数 ÷ 当月到期诉求件数（已办结或已超期）× %1。</translation>
    </message>
    <message>
        <source>(satisfied × %1 + basically satisfied × %2 + dissatisfied × %3) ÷ reached callbacks closed in the month × %4; unreachable and declined callbacks are left out. </source>
        <translation>（满意 × %1 + 基本满意 × %2 + 不满意 × %3）÷ 当月结案的回访接通件数 × %4；未接通和拒绝回访的不计入。</translation>
    </message>
    <message>
        <source>%1 point(s) per problem found on patrol in the month, at most %2.</source>
        <translation>当月巡查主动发现问题每件 %1 分，最高 %2 分。</translation>
    </message>
    <message>
        <source>%1 point(s) per training session attended in the month, at most %2.</source>
        <translation>当月参加培训每次 %1 分，最高 %2 分。</translation>
    </message>
    <message>
        <source>Typed in: any value zeroes the month.</source>
        <translation>手工录入：有此项则当月计零分。</translation>
    </message>
    <message>
        <source>Typed in, at most %1.</source>
        <translation>手工录入，最高 %1 分。</translation>
    </message>
    <message>
        <source>Satisfaction weights: give each answer a weight from 0 to 1.</source>
        <translation>满意度权重：每种评价的权重应在 0 到 1 之间。</translation>
    </message>
    <message>
        <source>%1 is approved already for %2 by another office (%3): two offices never approve the same workers&apos; month. Agree which office reviews them, and set this office&apos;s review scope to the rest.</source>
        <translation>%1 已由另一单位为%2审批（%3）：同一批网格员的同一月份不能由两个单位审批。请商定由哪个单位考评，并把本单位的考评范围设为其余部分。</translation>
    </message>
    <message>
        <source>Review scope: &quot;%1&quot; is not district, street:CODE or community:CODE.</source>
        <translation>考评范围：“%1”不是 district、street:编码 或 community:编码。</translation>
    </message>
    <message>
        <source>Review scope: no street has the code %1.</source>
        <translation>考评范围：没有编码为 %1 的街道。</translation>
    </message>
    <message>
        <source>Review scope: no community has the code %1.</source>
        <translation>考评范围：没有编码为 %1 的社区。</translation>
    </message>
    <message>
        <source>the whole district</source>
        <translation>全区</translation>
    </message>
    <message>
        <source>%1 point(s) per case completed in the month as handler per 100 households of the worker&apos;s grids, at most %2. </source>
        <translation>按所负责网格每百户计，当月作为承办人办结的诉求每件 %1 分，最高 %2 分。</translation>
    </message>
    <message>
        <source>The review of %1 is not submitted: it is not on notice.</source>
        <translation>%1 的考评尚未提交，未进入公示。</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>申诉内容</translation>
    </message>
    <message>
        <source>The public notice of %1 ended on %2: appeals are recorded during it.</source>
        <translation>%1 的公示已于 %2 结束：申诉须在公示期内记录。</translation>
    </message>
    <message>
        <source>Worker: not in the review of %1, so there is nothing to appeal.</source>
        <translation>网格员：不在 %1 的考评范围内，无可申诉。</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>There is no appeal %1.</source>
        <translation>没有编号为 %1 的申诉。</translation>
    </message>
    <message>
        <source>The appeal is answered already.</source>
        <translation>该申诉已答复。</translation>
    </message>
    <message>
        <source>The review of %1 is on public notice until %2: workers may appeal until then, and it is approved after.</source>
        <translation>%1 的考评正在公示，至 %2 止：公示期内网格员可提出申诉，公示结束后方可审批。</translation>
    </message>
    <message numerus="yes">
        <source>%n appeal(s) against the review of %1 wait for an answer: a supervisor answers each before the month is approved.</source>
        <translation>
            <numerusform>%1 的考评有 %n 件申诉待答复：负责人逐件答复后方可审批。</numerusform>
        </translation>
    </message>
    <message>
        <source>Public notice: give a number of working days from 0 to 15.</source>
        <translation>公示期：请填写 0 到 15 之间的工作日数。</translation>
    </message>
    <message>
        <source>Covering %1, %2 of %3 days</source>
        <translation>代管%1，%2/%3 天</translation>
    </message>
    <message>
        <source>Cover subsidy</source>
        <translation>兼职空岗奖补</translation>
    </message>
    <message>
        <source>Star reward</source>
        <translation>星级奖励</translation>
    </message>
    <message>
        <source>For</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>%1 point(s) per home visit made in the month (recorded on the visits page), at most %2.</source>
        <translation>当月每次入户走访（在走访巡查页登记）得 %1 分，最多 %2 分。</translation>
    </message>
</context>
<context>
    <name>gd::schema</name>
    <message>
        <source>Upgrading the file to version %1 failed: %2</source>
        <translation>将文件升级到版本 %1 失败：%2</translation>
    </message>
    <message>
        <source>grid worker</source>
        <translation>网格员</translation>
    </message>
    <message>
        <source>grid head</source>
        <translation>网格长</translation>
    </message>
    <message>
        <source>paired police grid</source>
        <translation>结对警格</translation>
    </message>
    <message>
        <source>property company</source>
        <translation>物业公司</translation>
    </message>
    <message>
        <source>grid type</source>
        <translation>网格类型</translation>
    </message>
    <message>
        <source>elderly share</source>
        <translation>老年人占比</translation>
    </message>
    <message>
        <source>office address</source>
        <translation>办公地址</translation>
    </message>
    <message>
        <source>office phone</source>
        <translation>办公电话</translation>
    </message>
    <message>
        <source>police officer</source>
        <translation>社区民警</translation>
    </message>
    <message>
        <source>police station</source>
        <translation>派出所</translation>
    </message>
    <message>
        <source>unit type</source>
        <translation>单位类型</translation>
    </message>
    <message>
        <source>worker kind</source>
        <translation>人员类型</translation>
    </message>
    <message>
        <source>star level</source>
        <translation>星级</translation>
    </message>
    <message>
        <source>career step</source>
        <translation>职业发展阶段</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>网格范围</translation>
    </message>
    <message>
        <source>households</source>
        <translation>户数</translation>
    </message>
    <message>
        <source>residents</source>
        <translation>常住人口</translation>
    </message>
    <message>
        <source>active or deactivated</source>
        <translation>启用/停用</translation>
    </message>
    <message>
        <source>deleted or not</source>
        <translation>删除状态</translation>
    </message>
    <message>
        <source>street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>worker</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>service phone</source>
        <translation>服务电话</translation>
    </message>
    <message>
        <source>WeChat account</source>
        <translation>微信公众号</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>上岗日期</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>role</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>address text</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>police grid</source>
        <translation>警格</translation>
    </message>
    <message>
        <source>building address</source>
        <translation>楼栋地址</translation>
    </message>
    <message>
        <source>unit contact</source>
        <translation>单位联系人</translation>
    </message>
    <message>
        <source>worker&apos;s grid</source>
        <translation>人员所在网格</translation>
    </message>
    <message>
        <source>cover of a vacant grid</source>
        <translation>空缺网格代管</translation>
    </message>
    <message>
        <source>record</source>
        <translation>记录</translation>
    </message>
</context>
<context>
    <name>gd::stats::Figures</name>
    <message>
        <source>Received</source>
        <translation>受理量</translation>
    </message>
    <message>
        <source>Cases received (repeat reports are not cases)</source>
        <translation>受理的诉求件数（同一事项的重复反映不另计件）</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>办结率</translation>
    </message>
    <message>
        <source>Cases done (completed, settled at the desk, not accepted or guided elsewhere) ÷ received</source>
        <translation>已办结件数（含当场办结、不予受理和引导至其他渠道）÷ 受理量</translation>
    </message>
    <message>
        <source>On-time rate</source>
        <translation>按期办结率</translation>
    </message>
    <message>
        <source>Done by the deadline in force ÷ done</source>
        <translation>在有效办理时限内办结的件数 ÷ 已办结件数</translation>
    </message>
    <message>
        <source>Overdue now</source>
        <translation>当前超期</translation>
    </message>
    <message>
        <source>Open cases past their deadline now</source>
        <translation>目前已超过办理时限仍未办结的诉求</translation>
    </message>
    <message>
        <source>Callback rate</source>
        <translation>回访率</translation>
    </message>
    <message>
        <source>Completed cases with a callback outcome (reached, unreachable or declined) ÷ completed cases that need a callback</source>
        <translation>已有回访结果（已回访、联系不上或拒绝回访）的件数 ÷ 需回访的已办结件数</translation>
    </message>
    <message>
        <source>Solved rate</source>
        <translation>解决率</translation>
    </message>
    <message>
        <source>Callbacks saying the matter was solved ÷ callbacks reached</source>
        <translation>回访表示问题已解决的件数 ÷ 回访接通件数</translation>
    </message>
    <message>
        <source>Satisfaction rate</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>(satisfied × %1 + basically satisfied × %2 + dissatisfied × %3) ÷ callbacks reached</source>
        <translation>（满意 × %1 + 基本满意 × %2 + 不满意 × %3）÷ 回访接通件数</translation>
    </message>
    <message>
        <source>Settled at the desk</source>
        <translation>当场办结率</translation>
    </message>
    <message>
        <source>Settled at the desk, with no dispatch ÷ received</source>
        <translation>当场办结、未派单的件数 ÷ 受理量</translation>
    </message>
    <message>
        <source>Referral rate</source>
        <translation>转办率</translation>
    </message>
    <message>
        <source>Handled by a unit outside the office ÷ received</source>
        <translation>转交本单位以外的承办单位办理的件数 ÷ 受理量</translation>
    </message>
    <message>
        <source>Repeat rate</source>
        <translation>重复诉求率</translation>
    </message>
    <message>
        <source>Cases with at least one repeat report attached ÷ received</source>
        <translation>有重复反映并入的诉求件数 ÷ 受理量</translation>
    </message>
    <message>
        <source>Reopen rate</source>
        <translation>重办率</translation>
    </message>
    <message>
        <source>Reopened after a dissatisfied callback ÷ done</source>
        <translation>回访不满意后重新办理的件数 ÷ 已办结件数</translation>
    </message>
    <message>
        <source>Proactive share</source>
        <translation>主动发现占比</translation>
    </message>
    <message>
        <source>Found on patrol before anyone complained ÷ received</source>
        <translation>网格员巡查主动发现（未诉先办）的件数 ÷ 受理量</translation>
    </message>
    <message>
        <source>Mean handling time</source>
        <translation>平均办理时长</translation>
    </message>
    <message>
        <source>Working days from receipt to done, on average over the cases done</source>
        <translation>从受理到办结的工作日数，按已办结件数平均</translation>
    </message>
    <message>
        <source>Median handling time</source>
        <translation>中位办理时长</translation>
    </message>
    <message>
        <source>Working days from receipt to done: half the cases done took at most this long</source>
        <translation>从受理到办结的工作日数：半数已办结诉求不超过此时长</translation>
    </message>
    <message>
        <source>%1%2 pts</source>
        <translation>%1%2 个百分点</translation>
    </message>
</context>
<context>
    <name>gd::stats::MonthlyReport</name>
    <message>
        <source>The whole office</source>
        <translation>本单位（全部）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a month (YYYY-MM).</source>
        <translation>“%1”不是月份（应为 YYYY-MM）。</translation>
    </message>
    <message>
        <source>A monthly report is for the office, a street or a community, not a grid.</source>
        <translation>月报按本单位、街道或社区编制，不按网格编制。</translation>
    </message>
    <message>
        <source>The street or community of the report is not in this file.</source>
        <translation>月报所选的街道或社区不在本文件中。</translation>
    </message>
    <message>
        <source>the report</source>
        <translation>月报</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>计数</translation>
    </message>
    <message>
        <source>Month before</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>Against the month before</source>
        <translation>环比</translation>
    </message>
    <message>
        <source>A year earlier</source>
        <translation>去年同月</translation>
    </message>
    <message>
        <source>Against a year earlier</source>
        <translation>同比</translation>
    </message>
    <message>
        <source>counted at printing</source>
        <translation>按打印时统计</translation>
    </message>
    <message>
        <source>A value in brackets rests on fewer cases than the office&apos;s minimum sample (%1): read it with care.</source>
        <translation>括号内的数值所依据的件数少于本单位设定的最小样本（%1 件），仅供参考。</translation>
    </message>
    <message>
        <source>No case is past its deadline.</source>
        <translation>没有超期未办结的诉求。</translation>
    </message>
    <message>
        <source>No case received this month was reopened.</source>
        <translation>本月受理的诉求没有重办。</translation>
    </message>
    <message>
        <source>%1 cases in all; the first %2 are listed.</source>
        <translation>共 %1 件，列出前 %2 件。</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s).</source>
        <translation>
            <numerusform>共 %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>诉求编号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理量</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>办结时限</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>承办</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>The star review of this month is not approved yet; its result is reported once a supervisor approves it.</source>
        <translation>本月网格员星级评定尚未审定，审定后在月报中列出结果。</translation>
    </message>
    <message numerus="yes">
        <source>Approved by %1 on %2 (review of %3). %n worker(s) of this scope reviewed, mean total %4.</source>
        <translation>
            <numerusform>%1 于 %2 审定（评定范围：%3）。本范围参评网格员 %n 名，平均得分 %4。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2 名</translation>
    </message>
    <message>
        <source>Stars after the month: %1</source>
        <translation>评定后星级分布：%1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the stars&apos; counts</comment>
        <translation>；</translation>
    </message>
    <message>
        <source>No worker&apos;s star moved this month.</source>
        <translation>本月没有网格员星级变动。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Star before</source>
        <translation>原星级</translation>
    </message>
    <message>
        <source>Star after</source>
        <translation>评定后星级</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>%1 monthly report of grid service, %2</source>
        <translation>%1%2工作月报</translation>
    </message>
    <message>
        <source>%1 · cases received %2 to %3 · made %4</source>
        <translation>%1 · 统计范围：%2 至 %3 受理的诉求 · 编制于 %4</translation>
    </message>
    <message>
        <source>Headline figures</source>
        <translation>主要指标</translation>
    </message>
    <message>
        <source>The last twelve months</source>
        <translation>近十二个月走势</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>分%1情况</translation>
    </message>
    <message>
        <source>By community</source>
        <translation>分社区情况</translation>
    </message>
    <message>
        <source>Categories that grew most</source>
        <translation>增长较多的诉求类别</translation>
    </message>
    <message>
        <source>No case was received this month.</source>
        <translation>本月没有受理诉求。</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>增减</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>诉求来源</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>%1 of the %2 cases received were found on patrol before anyone complained: %3 (against the month before %4, against a year earlier %5).</source>
        <translation>本月受理的 %2 件诉求中，网格员巡查主动发现 %1 件，占 %3（环比 %4，同比 %5）。</translation>
    </message>
    <message>
        <source>Cases past their deadline</source>
        <translation>超期未办结诉求</translation>
    </message>
    <message>
        <source>Reopened cases</source>
        <translation>重办诉求</translation>
    </message>
    <message>
        <source>Buildings with the most repeat reports</source>
        <translation>重复诉求集中的楼栋</translation>
    </message>
    <message>
        <source>No case received this month had a repeat report.</source>
        <translation>本月受理的诉求没有重复反映。</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Cases with repeats</source>
        <translation>有重复反映的诉求</translation>
    </message>
    <message>
        <source>Repeat reports</source>
        <translation>重复反映次数</translation>
    </message>
    <message>
        <source>Star review of the grid workers</source>
        <translation>网格员星级评定</translation>
    </message>
    <message>
        <source>Past their deadline</source>
        <translation>超期诉求</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>重办诉求</translation>
    </message>
    <message>
        <source>The star review of this month is not approved yet.</source>
        <translation>本月星级评定尚未审定。</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>审定人</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>审定日期</translation>
    </message>
    <message>
        <source>Review of</source>
        <translation>评定范围</translation>
    </message>
    <message>
        <source>Workers reviewed</source>
        <translation>参评人数</translation>
    </message>
    <message>
        <source>Mean total</source>
        <translation>平均得分</translation>
    </message>
    <message>
        <source>Star review</source>
        <translation>星级评定</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Stars moved</source>
        <translation>星级变动</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>%2/%1</source>
        <comment>a month: year, month</comment>
        <translation>%1年%2月</translation>
    </message>
    <message>
        <source>Visits and disputes</source>
        <translation>走访巡查与矛盾纠纷</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Police–grid joint work</source>
        <translation>警网融合</translation>
    </message>
    <message>
        <source>No joint activity was recorded in the month.</source>
        <translation>本月未登记警网联动工作。</translation>
    </message>
    <message>
        <source>Police grid</source>
        <translation>警格</translation>
    </message>
    <message>
        <source>All police grids</source>
        <translation>全部警格</translation>
    </message>
    <message>
        <source>%1 level: %2</source>
        <translation>%1级 %2 次</translation>
    </message>
    <message>
        <source>Joint meetings held: %1.</source>
        <translation>召开联席会商：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Joint meetings, %1 level</source>
        <translation>联席会商（%1级）</translation>
    </message>
    <message>
        <source>January to %1: %2 training session(s), %3 attendance(s) by %4 worker(s); %5 order(s) placed.</source>
        <translation>截至 %1，本年度共开展培训 %2 场，%4 名网格员参训 %3 人次；点单 %5 次。</translation>
    </message>
    <message>
        <source>Average evaluation %1 of 5 (%2 given).</source>
        <translation>平均评分 %1 分（满分 5 分，共 %2 条评价）。</translation>
    </message>
    <message>
        <source>Training need</source>
        <translation>培训需求</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>点单数</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>培训场次</translation>
    </message>
    <message>
        <source>Attendances</source>
        <translation>参训人次</translation>
    </message>
    <message>
        <source>Ordered and not yet covered by a session: %1.</source>
        <translation>已点单但尚未覆盖的培训需求：%1。</translation>
    </message>
    <message>
        <source>No good idea was adopted by a street this month.</source>
        <translation>本月没有街道采纳金点子。</translation>
    </message>
    <message>
        <source>Good ideas adopted this month:</source>
        <translation>本月被采纳的金点子：</translation>
    </message>
    <message>
        <source>%1 (proposed by %2): adopted by %3 on %4</source>
        <translation>%1（%2提出）：%3于 %4 采纳</translation>
    </message>
    <message>
        <source>Training and good ideas</source>
        <translation>培训与金点子</translation>
    </message>
    <message>
        <source>Training sessions, January to the month</source>
        <translation>培训场次（1月至本月）</translation>
    </message>
    <message>
        <source>Workers trained</source>
        <translation>参训网格员人数</translation>
    </message>
    <message>
        <source>Training orders</source>
        <translation>培训点单数</translation>
    </message>
    <message>
        <source>Average evaluation (of 5)</source>
        <translation>平均评分（满分 5 分）</translation>
    </message>
    <message>
        <source>Need: %1</source>
        <translation>培训需求：%1</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Orders or value</source>
        <translation>点单数或数值</translation>
    </message>
    <message>
        <source>Good ideas adopted</source>
        <translation>被采纳的金点子</translation>
    </message>
    <message>
        <source>Good idea</source>
        <translation>金点子</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>提出街道</translation>
    </message>
    <message>
        <source>Adopted by</source>
        <translation>采纳街道</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>A hub holds its offices&apos; requests and grid work: the star review, training and good ideas are in each office&apos;s own report.</source>
        <translation>枢纽汇集各单位的诉求和网格工作；网格员星级评定、培训和金点子见各单位自己的月报。</translation>
    </message>
    <message>
        <source>Total</source>
        <comment>the sum of a row&apos;s counts</comment>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>gd::stats::StatsWorkbook</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>%1, %2 to %3, %4</source>
        <translation>%1，%2 至 %3，%4</translation>
    </message>
    <message>
        <source>cases received in the period</source>
        <translation>受理口径（期间内受理的诉求）</translation>
    </message>
    <message>
        <source>cases done in the period</source>
        <translation>办结口径（期间内办结的诉求）</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation>分子</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>分母</translation>
    </message>
    <message>
        <source>Period before</source>
        <translation>上期</translation>
    </message>
    <message>
        <source>Against the period before</source>
        <translation>环比</translation>
    </message>
    <message>
        <source>A year earlier</source>
        <translation>上年同期</translation>
    </message>
    <message>
        <source>Against a year earlier</source>
        <translation>同比</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>By place</source>
        <translation>按区域</translation>
    </message>
    <message>
        <source>Categories that grew</source>
        <translation>增长最多的类别</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理量</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>增减</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>按渠道</translation>
    </message>
    <message>
        <source>By community</source>
        <translation>分社区</translation>
    </message>
</context>
<context>
    <name>gd::textcodec</name>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Cannot tell the encoding of %1: it is neither UTF-8 nor GB18030 text (line %2 does not decode as UTF-8). Save it again as CSV (UTF-8) or choose the encoding.</source>
        <translation>无法判断 %1 的编码：它既不是 UTF-8 也不是 GB18030 文本（第 %2 行不能按 UTF-8 解码）。请另存为“CSV UTF-8”，或手动选择编码。</translation>
    </message>
    <message>
        <source>This build of Qt cannot decode GB18030 (it lacks ICU).</source>
        <translation>此版本的 Qt 不能解码 GB18030（缺少 ICU）。</translation>
    </message>
    <message>
        <source>%1 is not %2 text: line %3 holds bytes that are not %2.</source>
        <translation>%1 不是 %2 文本：第 %3 行含有不属于 %2 的字节。</translation>
    </message>
</context>
<context>
    <name>gd::training</name>
    <message>
        <source>Choose the worker from the people register.</source>
        <translation>请从人员名册中选择网格员。</translation>
    </message>
    <message>
        <source>The period&apos;s last day is before its first.</source>
        <translation>截止日期早于起始日期。</translation>
    </message>
    <message>
        <source>Training history of %1</source>
        <translation>%1培训记录</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2: %n session(s) attended.</source>
        <translation>
            <numerusform>%1 至 %2：共参加培训 %n 场。</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs ordered: %1</source>
        <translation>点单的培训需求：%1</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Needs answered</source>
        <translation>对应培训需求</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>授课专家</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>授课单位</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Issued by: %1 (seal)</source>
        <translation>出具单位：%1（盖章）</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>the training history</source>
        <translation>培训记录</translation>
    </message>
    <message>
        <source>Give the last day of the period.</source>
        <translation>请填写截止日期。</translation>
    </message>
    <message>
        <source>The training need</source>
        <translation>培训需求</translation>
    </message>
    <message>
        <source>There is no such training need.</source>
        <translation>没有这项培训需求。</translation>
    </message>
    <message>
        <source>Choose the worker who orders.</source>
        <translation>请选择点单的网格员。</translation>
    </message>
    <message>
        <source>Give the day of the order, from 2000 on.</source>
        <translation>请填写点单日期（2000 年及以后）。</translation>
    </message>
    <message>
        <source>The order&apos;s day %1 is still to come.</source>
        <translation>点单日期 %1 是将来的日期。</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>There is no such training order.</source>
        <translation>没有这条培训点单。</translation>
    </message>
    <message>
        <source>Give the date of the training.</source>
        <translation>请填写培训日期。</translation>
    </message>
    <message>
        <source>A training is dated from 2000 on.</source>
        <translation>培训日期须在 2000 年及以后。</translation>
    </message>
    <message>
        <source>The training on %1 has not happened yet.</source>
        <translation>%1 的培训尚未举行。</translation>
    </message>
    <message>
        <source>The topic of the training</source>
        <translation>培训主题</translation>
    </message>
    <message>
        <source>The expert</source>
        <translation>授课专家</translation>
    </message>
    <message>
        <source>The trainer&apos;s unit</source>
        <translation>授课单位</translation>
    </message>
    <message>
        <source>Name at least one worker who attended.</source>
        <translation>请至少填写一名参训人员。</translation>
    </message>
    <message>
        <source>A session has at most %1 attendees.</source>
        <translation>每场培训最多 %1 名参训人员。</translation>
    </message>
    <message>
        <source>There is no such worker.</source>
        <translation>没有这名人员。</translation>
    </message>
    <message>
        <source>There is no such training session.</source>
        <translation>没有这场培训。</translation>
    </message>
    <message>
        <source>%1 is not a month (YYYY-MM).</source>
        <translation>%1 不是月份（应为 YYYY-MM）。</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>截止日期早于起始日期。</translation>
    </message>
    <message>
        <source>The worker did not attend this session.</source>
        <translation>该网格员未参加这场培训。</translation>
    </message>
    <message>
        <source>The evaluation is a score from 1 to 5.</source>
        <translation>评价须为 1 到 5 分。</translation>
    </message>
    <message>
        <source>The comment</source>
        <translation>评价意见</translation>
    </message>
    <message>
        <source>The material&apos;s name</source>
        <translation>资料名称</translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <translation>文件 %1 是空的。</translation>
    </message>
    <message>
        <source>The file %1 is larger than %2 MB.</source>
        <translation>文件 %1 超过 %2 MB。</translation>
    </message>
    <message>
        <source>A session keeps at most %1 materials.</source>
        <translation>每场培训最多保存 %1 份培训资料。</translation>
    </message>
    <message>
        <source>There is no such material.</source>
        <translation>没有这份培训资料。</translation>
    </message>
    <message>
        <source>The need %1 was retired; a supervisor can bring it back by adding it again.</source>
        <translation>培训需求“%1”已停用；负责人再次添加即可恢复。</translation>
    </message>
    <message>
        <source>The review of %1 is approved and locked and counts this training; reopen it with a reason first.</source>
        <translation>%1 的星级评定已审核锁定，并已计入这场培训；请先说明理由重新开启该月评定。</translation>
    </message>
</context>
<context>
    <name>gd::validate</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>is required.</source>
        <translation>不能为空。</translation>
    </message>
    <message>
        <source>is too long (%1 characters, at most %2).</source>
        <translation>过长（%1 个字符，最多 %2 个）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number (a mobile has 11 digits starting with 1; a landline needs its area code, e.g. 0532-82871234).</source>
        <translation>&quot;%1&quot; 不是有效的电话号码（手机号为以 1 开头的 11 位数字；固定电话须带区号，如 0532-82871234）。</translation>
    </message>
    <message>
        <source>must be %1 digits (&quot;%2&quot; is not).</source>
        <translation>须为 %1 位数字（&quot;%2&quot; 不符合）。</translation>
    </message>
    <message>
        <source>must start with %1, the code of the level above.</source>
        <translation>须以上级编码 %1 开头。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (use YYYY-MM-DD).</source>
        <translation>&quot;%1&quot; 不是有效日期（请使用 YYYY-MM-DD 格式）。</translation>
    </message>
    <message>
        <source>must be between %1 and %2.</source>
        <translation>须在 %1 至 %2 之间。</translation>
    </message>
    <message>
        <source>must be one line (a line break or tab at character %1).</source>
        <translation>只能填写一行（第 %1 个字符处有换行或制表符）。</translation>
    </message>
    <message>
        <source>holds a hidden direction mark (%1) at character %2 that makes it show other than it is; type it again.</source>
        <translation>第 %2 个字符处含有隐藏的方向标记（%1），会使文字显示得与实际不同，请重新输入。</translation>
    </message>
    <message>
        <source>holds a control character (%1) at character %2; type it again.</source>
        <translation>第 %2 个字符处含有控制字符（%1），请重新输入。</translation>
    </message>
    <message>
        <source>Give when %1.</source>
        <translation>请填写%1的时间。</translation>
    </message>
    <message>
        <source>The time when %1 is in the future.</source>
        <translation>%1的时间晚于现在。</translation>
    </message>
</context>
<context>
    <name>gd::visits</name>
    <message>
        <source>Home visit</source>
        <translation>入户走访</translation>
    </message>
    <message>
        <source>Patrol</source>
        <translation>网格巡查</translation>
    </message>
    <message>
        <source>Elderly living alone</source>
        <translation>独居老人</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>残疾人</translation>
    </message>
    <message>
        <source>Family in difficulty</source>
        <translation>困难家庭</translation>
    </message>
    <message>
        <source>Other care</source>
        <translation>其他关爱对象</translation>
    </message>
</context>
<context>
    <name>gd::volunteerhours</name>
    <message>
        <source>Choose the volunteer from the people register.</source>
        <translation>请从人员库中选择志愿者。</translation>
    </message>
    <message>
        <source>The period&apos;s last day is before its first.</source>
        <translation>统计期的结束日早于开始日。</translation>
    </message>
    <message>
        <source>Volunteer service hours of %1</source>
        <translation>%1志愿服务时长证明</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2: %n service(s), %3 hours in all.</source>
        <translation>
            <numerusform>%1 至 %2：服务 %n 次，共 %3 小时。</numerusform>
        </translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>服务队</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Kind of service</source>
        <translation>服务类别</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>服务内容</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>时长（小时）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Issued by: %1 (seal)</source>
        <translation>出具单位：%1（盖章）</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>the hours statement</source>
        <translation>时长证明</translation>
    </message>
</context>
<context>
    <name>gd::workflow</name>
    <message>
        <source>Register</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>派单</translation>
    </message>
    <message>
        <source>Route up</source>
        <translation>上报</translation>
    </message>
    <message>
        <source>Return (wrong dispatch)</source>
        <translation>退单（派单错误）</translation>
    </message>
    <message>
        <source>Decide where a returned case goes</source>
        <translation>确定退单诉求的去向</translation>
    </message>
    <message>
        <source>Sign for</source>
        <translation>签收</translation>
    </message>
    <message>
        <source>Progress note</source>
        <translation>办理进展</translation>
    </message>
    <message>
        <source>Joint meeting</source>
        <translation>联席会</translation>
    </message>
    <message>
        <source>Request an extension</source>
        <translation>申请延期</translation>
    </message>
    <message>
        <source>Decide the extension</source>
        <translation>审批延期</translation>
    </message>
    <message>
        <source>Supervise</source>
        <translation>督办</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重办</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Another report of the same matter</source>
        <translation>重复反映</translation>
    </message>
    <message>
        <source>Split a report back out</source>
        <translation>拆分重复反映</translation>
    </message>
    <message>
        <source>Not our area</source>
        <translation>不属于本辖区</translation>
    </message>
    <message>
        <source>Ownership unclear</source>
        <translation>权属不清</translation>
    </message>
    <message>
        <source>Overlapping duties</source>
        <translation>职责交叉</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>其他原因</translation>
    </message>
    <message>
        <source>Action: &quot;%1&quot; is not a workflow action.</source>
        <translation>操作：“%1”不是有效的办理流程操作。</translation>
    </message>
    <message>
        <source>%1 is not possible while the case is %2.</source>
        <translation>诉求当前为“%2”状态，不能执行“%1”。</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <source>%1 (%2) may not take the action &quot;%3&quot;.</source>
        <translation>%1（%2）无权执行“%3”操作。</translation>
    </message>
    <message>
        <source>Note: %1 needs a note saying why or what was done.</source>
        <translation>备注：“%1”须填写备注，说明原因或办理情况。</translation>
    </message>
    <message>
        <source>Note: is too long (%1 characters, at most 2000).</source>
        <translation>备注：过长（%1 个字符，最多 2000 个）。</translation>
    </message>
    <message>
        <source>Handler: choose the grid worker or the unit that will do the work.</source>
        <translation>承办人：请选择负责办理的网格员或承办单位。</translation>
    </message>
    <message>
        <source>Reason: choose why the case is returned.</source>
        <translation>原因：请选择退单原因。</translation>
    </message>
    <message>
        <source>An extension is already waiting for a decision.</source>
        <translation>已有一项延期申请等待审批。</translation>
    </message>
    <message>
        <source>No extension is waiting for a decision.</source>
        <translation>没有等待审批的延期申请。</translation>
    </message>
    <message>
        <source>Supervision: choose normal, yellow or red.</source>
        <translation>督办：请选择一般督办、黄牌督办或红牌督办。</translation>
    </message>
    <message>
        <source>Satisfaction: choose satisfied, basically satisfied or dissatisfied.</source>
        <translation>满意度：请选择满意、基本满意或不满意。</translation>
    </message>
    <message>
        <source>Solved: say whether the matter was solved.</source>
        <translation>是否解决：请说明问题是否已解决。</translation>
    </message>
    <message>
        <source>The case has no attached report to split out.</source>
        <translation>该诉求没有可拆分的重复反映。</translation>
    </message>
    <message>
        <source>Days: an extension is 1 to %1 working days.</source>
        <translation>天数：延期为 1 到 %1 个工作日。</translation>
    </message>
    <message>
        <source>Reopening the case takes it back (a supervisor reopens it, or the resident&apos;s dissatisfaction at the callback does).</source>
        <translation>需要时可重办该诉求（由负责人重办，或回访时群众不满意即重办）。</translation>
    </message>
    <message>
        <source>A report attached to the wrong case is split off into a case of its own; a case registered by mistake is refused.</source>
        <translation>并入错误诉求的重复反映可拆分为单独的诉求；误登记的诉求可不予受理。</translation>
    </message>
    <message>
        <source>Dispatching the case again to the right handler corrects it.</source>
        <translation>重新派单给正确的承办人即可纠正。</translation>
    </message>
    <message>
        <source>A later note or action corrects it; the timeline keeps both.</source>
        <translation>可用之后的备注或操作纠正，办理记录会同时保留两者。</translation>
    </message>
    <message>
        <source>%1: the details given are not the ones this action takes.</source>
        <translation>%1：所填内容与该操作不符。</translation>
    </message>
    <message>
        <source>An action this version does not know</source>
        <translation>本版本无法识别的操作</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Normal supervision</source>
        <translation>一般督办</translation>
    </message>
    <message>
        <source>Yellow card</source>
        <translation>黄牌督办</translation>
    </message>
    <message>
        <source>Red card</source>
        <translation>红牌督办</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The case has no concurrent actions waiting to be settled.</source>
        <translation>该诉求没有待裁定的并发操作。</translation>
    </message>
    <message>
        <source>Branch: choose which of the concurrent actions stands.</source>
        <translation>分支：请选择以哪一个并发操作为准。</translation>
    </message>
    <message>
        <source>Settle concurrent actions</source>
        <translation>裁定并发操作</translation>
    </message>
    <message>
        <source>Deadlines recomputed on the official calendar</source>
        <translation>按正式日历重算时限</translation>
    </message>
    <message>
        <source>Guided to: choose where the resident was guided (110, 119, 120, a court, the petition office, another district or another hotline).</source>
        <translation>引导去向：请选择引导诉求人前往的渠道（110、119、120、法院、信访部门、其他区县或其他热线）。</translation>
    </message>
    <message>
        <source>Callback result: choose reached, unreachable, declined or not needed.</source>
        <translation>回访结果：请选择已联系上、无法联系、拒绝回访或无需回访。</translation>
    </message>
    <message>
        <source>Satisfaction: only a resident who was reached says how satisfied they are; leave it empty for a callback that was %1.</source>
        <translation>满意度：只有联系上的诉求人才能评价满意度；回访结果为“%1”时不填满意度。</translation>
    </message>
    <message>
        <source>Why no callback: choose anonymous, found on patrol, praise or suggestion, or settled at the desk.</source>
        <translation>无需回访原因：请选择匿名反映、巡查发现、表扬或建议、当场办结之一。</translation>
    </message>
    <message>
        <source>Why no callback: only a callback that was not needed gives a reason.</source>
        <translation>无需回访原因：只有“无需回访”才填写原因。</translation>
    </message>
    <message>
        <source>Settle at the desk</source>
        <translation>当场办结</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Guide to another channel</source>
        <translation>引导至其他渠道</translation>
    </message>
    <message>
        <source>Callback not answered</source>
        <translation>回访未接通</translation>
    </message>
    <message>
        <source>Police (110)</source>
        <translation>110报警</translation>
    </message>
    <message>
        <source>Fire service (119)</source>
        <translation>119消防</translation>
    </message>
    <message>
        <source>Ambulance (120)</source>
        <translation>120急救</translation>
    </message>
    <message>
        <source>Court (legal proceedings)</source>
        <translation>人民法院（诉讼）</translation>
    </message>
    <message>
        <source>Petition office</source>
        <translation>信访部门</translation>
    </message>
    <message>
        <source>Another district</source>
        <translation>其他区县</translation>
    </message>
    <message>
        <source>Another hotline</source>
        <translation>其他热线</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>已联系上</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>无法联系</translation>
    </message>
    <message>
        <source>Declined the callback</source>
        <translation>拒绝回访</translation>
    </message>
    <message>
        <source>No callback needed</source>
        <translation>无需回访</translation>
    </message>
    <message>
        <source>Anonymous report</source>
        <translation>匿名反映</translation>
    </message>
    <message>
        <source>Found on patrol</source>
        <translation>巡查发现</translation>
    </message>
    <message>
        <source>Praise or suggestion</source>
        <translation>表扬或建议</translation>
    </message>
    <message>
        <source>Settled at the desk</source>
        <translation>当场办结</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>solved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>not solved</source>
        <translation>未解决</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1：%2，%3</translation>
    </message>
    <message>
        <source>Report: choose one of the reports attached to this case.</source>
        <translation>反映：请选择并入本诉求的一次反映。</translation>
    </message>
    <message>
        <source>Report: reply to this report before calling its resident back.</source>
        <translation>反映：请先答复这次反映，再回访其诉求人。</translation>
    </message>
    <message numerus="yes">
        <source>Archive: %n attached report(s) have no reply yet; reply to each one first.</source>
        <translation>
            <numerusform>归档：还有 %n 次并入的反映未答复，请逐一答复后再归档。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reply to an attached report</source>
        <translation>答复并入的反映</translation>
    </message>
    <message>
        <source>Call back an attached report&apos;s resident</source>
        <translation>回访并入反映的诉求人</translation>
    </message>
    <message>
        <source>Route up: the case is already at the district&apos;s departments, the top tier.</source>
        <translation>上报：该诉求已在区职能部门层级，已是最高层级。</translation>
    </message>
    <message>
        <source>Route down: the case is already at the grid, the lowest tier.</source>
        <translation>下派：该诉求已在网格层级，已是最低层级。</translation>
    </message>
    <message>
        <source>Tier: a route up goes to a tier above %1.</source>
        <translation>层级：上报须报至%1以上的层级。</translation>
    </message>
    <message>
        <source>Tier: a route down goes to a tier below %1.</source>
        <translation>层级：下派须派至%1以下的层级。</translation>
    </message>
    <message>
        <source>Route down</source>
        <translation>下派</translation>
    </message>
    <message>
        <source>to the %1 tier</source>
        <translation>至%1层级</translation>
    </message>
    <message>
        <source>Splitting its report back out of the other case makes it a case of its own again.</source>
        <translation>把它从另一件诉求中拆分出来，即恢复为单独的诉求。</translation>
    </message>
    <message>
        <source>Suspected repeat</source>
        <translation>疑似重复</translation>
    </message>
    <message>
        <source>Not a repeat</source>
        <translation>不是重复</translation>
    </message>
    <message>
        <source>Merged into another case</source>
        <translation>已并入其他诉求</translation>
    </message>
    <message>
        <source>Split back out of the other case</source>
        <translation>从另一件诉求中拆回</translation>
    </message>
    <message>
        <source>Repeat of: choose the other case.</source>
        <translation>重复对象：请选择另一件诉求。</translation>
    </message>
    <message>
        <source>The case is not waiting for a decision on that repeat.</source>
        <translation>该诉求没有等待研判的这一疑似重复。</translation>
    </message>
    <message>
        <source>The case&apos;s callback is done; there is no resident left to call.</source>
        <translation>本诉求已回访，没有需要再联系的诉求人。</translation>
    </message>
    <message>
        <source>Report: the case&apos;s callback is done; choose the report whose resident did not answer.</source>
        <translation>反映：本诉求已回访；请选择其诉求人未接通的那条反映。</translation>
    </message>
</context>
<context>
    <name>gdcli</name>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source> (latest)</source>
        <translation>（最新）</translation>
    </message>
    <message>
        <source> (this program writes %1)</source>
        <translation>（本程序写入版本 %1）</translation>
    </message>
    <message>
        <source>; upgraded now, the old file is kept as %1</source>
        <translation>；已升级，旧文件保存为 %1</translation>
    </message>
    <message>
        <source>, behind the newest row (%1)</source>
        <translation>，落后于最新行（%1）</translation>
    </message>
    <message>
        <source>, ok</source>
        <translation>，正常</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>数据结构版本</translation>
    </message>
    <message>
        <source>Site id</source>
        <translation>站点标识</translation>
    </message>
    <message>
        <source>quick_check</source>
        <translation>quick_check</translation>
    </message>
    <message>
        <source>Foreign key violations</source>
        <translation>外键违例</translation>
    </message>
    <message>
        <source>References to deleted or missing rows</source>
        <translation>指向已删除或缺失行的引用</translation>
    </message>
    <message>
        <source>Clock (HLC)</source>
        <translation>时钟（HLC）</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Rows per table:</source>
        <translation>各表行数：</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Foreign key violations:</source>
        <translation>外键违例：</translation>
    </message>
    <message>
        <source>%1 row %2: %3 names no %4 row</source>
        <translation>%1 第 %2 行：%3 引用的 %4 行不存在</translation>
    </message>
    <message>
        <source>References to deleted or missing rows:</source>
        <translation>指向已删除或缺失行的引用：</translation>
    </message>
    <message>
        <source>%1 %2: %3 names the deleted %4 row %5</source>
        <translation>%1 %2：%3 引用了 %4 中已删除的行 %5</translation>
    </message>
    <message>
        <source>%1 %2: %3 names %5, which is not in %4</source>
        <translation>%1 %2：%3 引用的 %5 不在 %4 中</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Result: healthy.</source>
        <translation>结果：正常。</translation>
    </message>
    <message numerus="yes">
        <source>Result: %n problem(s) found:</source>
        <translation>
            <numerusform>结果：发现 %n 个问题：</numerusform>
        </translation>
    </message>
    <message>
        <source>create a new, empty GridDesk file (--admin LOGIN [--name NAME] adds its first administrator, password from GRIDDESK_PASSWORD)</source>
        <translation>新建一个空的网格工作台文件（--admin LOGIN [--name NAME] 同时添加第一个管理员，密码取自 GRIDDESK_PASSWORD）</translation>
    </message>
    <message>
        <source>integrity and schema report; exit 2 when problems are found [--json]</source>
        <translation>完整性与数据结构报告；发现问题时退出码为 2 [--json]</translation>
    </message>
    <message>
        <source>list the grids [--street CODE] [--community CODE] [--json]</source>
        <translation>列出网格 [--street CODE] [--community CODE] [--json]</translation>
    </message>
    <message>
        <source>list the workers [--kind KIND] [--status STATUS] [--search TEXT] [--json]</source>
        <translation>列出人员 [--kind KIND] [--status STATUS] [--search TEXT] [--json]</translation>
    </message>
    <message>
        <source>GridDesk from a terminal: the same core as the window, for scripts and IT helpers.</source>
        <translation>网格工作台命令行版：与图形界面使用同一核心，供脚本和 IT 维护人员使用。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 a mistake on the command line, 2 a problem with the file.</source>
        <translation>退出码：0 成功，1 命令行有误，2 文件有问题。</translation>
    </message>
    <message>
        <source>The GridDesk file to work on (all commands).</source>
        <translation>要处理的网格工作台文件（所有命令）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Language of messages: zh_CN or en (default: from LANG).</source>
        <translation>消息语言：zh_CN 或 en（默认取自 LANG）。</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>init: create this administrator login.</source>
        <translation>init：创建此管理员登录名。</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>LOGIN</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>demo: the same seed builds the same district (default 1).</source>
        <translation>demo：相同的种子生成相同的辖区（默认为 1）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>workers list: a part of a name or phone, or a grid code.</source>
        <translation>workers list：姓名或电话的一部分，或网格编码。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>no command given; the commands are %1 (see --help).</source>
        <translation>未指定命令；可用命令为 %1（参见 --help）。</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; after &apos;%2&apos;.</source>
        <translation>&apos;%2&apos; 之后有多余的参数 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; the commands are %2.</source>
        <translation>未知命令 &apos;%1&apos;；可用命令为 %2。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs one of: %2.</source>
        <translation>&apos;%1&apos; 需要以下之一：%2。</translation>
    </message>
    <message>
        <source>unknown command &apos;%1 %2&apos;; &apos;%1&apos; takes %3.</source>
        <translation>未知命令 &apos;%1 %2&apos;；&apos;%1&apos; 可接 %3。</translation>
    </message>
    <message>
        <source>--lang: &apos;%1&apos; is not a language GridDesk speaks; use zh_CN or en.</source>
        <translation>--lang：网格工作台不支持语言 &apos;%1&apos;；请使用 zh_CN 或 en。</translation>
    </message>
    <message>
        <source>One of the commands above.</source>
        <translation>上述命令之一。</translation>
    </message>
    <message>
        <source>command [subcommand]</source>
        <translation>命令 [子命令]</translation>
    </message>
    <message>
        <source>--%1 does not apply to &apos;%2&apos;.</source>
        <translation>--%1 不适用于 &apos;%2&apos;。</translation>
    </message>
    <message>
        <source>--db FILE is missing: name the GridDesk file for &apos;%1&apos;.</source>
        <translation>缺少 --db FILE：请为 &apos;%1&apos; 指定网格工作台文件。</translation>
    </message>
    <message>
        <source>--db: the file name is empty.</source>
        <translation>--db：文件名为空。</translation>
    </message>
    <message>
        <source>%1 is empty, so it is not a GridDesk file yet; make one with init or demo.</source>
        <translation>%1 是空文件，还不是网格工作台文件；请用 init 或 demo 创建。</translation>
    </message>
    <message>
        <source>%1 already holds data; %2 writes only into a new or empty file, so it was left as it is.</source>
        <translation>%1 中已有数据；%2 只写入新文件或空文件，因此未对其做任何改动。</translation>
    </message>
    <message>
        <source>--name gives the administrator&apos;s name, so it needs --admin LOGIN as well.</source>
        <translation>--name 用于指定管理员姓名，因此还需要 --admin LOGIN。</translation>
    </message>
    <message>
        <source>--admin: put the administrator&apos;s password in the environment variable %1; it is not taken from the command line.</source>
        <translation>--admin：请将管理员密码放在环境变量 %1 中；不从命令行读取密码。</translation>
    </message>
    <message>
        <source>Created the GridDesk file %1 (schema version %2) with the administrator %3.</source>
        <translation>已创建网格工作台文件 %1（数据结构版本 %2），管理员为 %3。</translation>
    </message>
    <message>
        <source>Prepared the empty file %1 as a GridDesk file (schema version %2) with the administrator %3.</source>
        <translation>已将空文件 %1 初始化为网格工作台文件（数据结构版本 %2），管理员为 %3。</translation>
    </message>
    <message>
        <source>Created the GridDesk file %1 (schema version %2).</source>
        <translation>已创建网格工作台文件 %1（数据结构版本 %2）。</translation>
    </message>
    <message>
        <source>Prepared the empty file %1 as a GridDesk file (schema version %2).</source>
        <translation>已将空文件 %1 初始化为网格工作台文件（数据结构版本 %2）。</translation>
    </message>
    <message>
        <source>--seed: &apos;%1&apos; is not a whole number from 0 to 18446744073709551615.</source>
        <translation>--seed：&apos;%1&apos; 不是 0 到 18446744073709551615 之间的整数。</translation>
    </message>
    <message>
        <source>Built the demo district (seed %1) in %2:</source>
        <translation>已在 %2 中生成演示辖区（种子 %1）：</translation>
    </message>
    <message>
        <source>Streets</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Communities</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Grids</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Police grids</source>
        <translation>警格</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <source>Demo logins:</source>
        <translation>演示登录账号：</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>--street: no street in %1 has the code &apos;%2&apos;.</source>
        <translation>--street：%1 中没有编码为 &apos;%2&apos; 的街道。</translation>
    </message>
    <message>
        <source>--community: no community in %1 has the code &apos;%2&apos;.</source>
        <translation>--community：%1 中没有编码为 &apos;%2&apos; 的社区。</translation>
    </message>
    <message>
        <source> (inactive)</source>
        <translation>（已停用）</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>网格员</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Police grid</source>
        <translation>警格</translation>
    </message>
    <message numerus="yes">
        <source>%n grid(s)</source>
        <translation>
            <numerusform>共 %n 个网格</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 及另外 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not one of %3.</source>
        <translation>--%1：&apos;%2&apos; 不是 %3 之一。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>星级</translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s)</source>
        <translation>
            <numerusform>共 %n 名人员</numerusform>
        </translation>
    </message>
    <message>
        <source>--received: &apos;%1&apos; is not a time written as &quot;YYYY-MM-DD HH:MM&quot;.</source>
        <translation>--received：&apos;%1&apos; 不是 &quot;YYYY-MM-DD HH:MM&quot; 格式的时间。</translation>
    </message>
    <message>
        <source>--category: no category has the code &apos;%1&apos;.</source>
        <translation>--category：没有编码为 &apos;%1&apos; 的类别。</translation>
    </message>
    <message>
        <source>--grid: no grid in %1 has the code &apos;%2&apos;.</source>
        <translation>--grid：%1 中没有编码为 &apos;%2&apos; 的网格。</translation>
    </message>
    <message>
        <source>--building-address: no building on file matches &apos;%1&apos;.</source>
        <translation>--building-address：文件中没有与 &apos;%1&apos; 匹配的楼栋。</translation>
    </message>
    <message>
        <source>--state: &apos;%1&apos; is not one of %2.</source>
        <translation>--state：&apos;%1&apos; 不是 %2 之一。</translation>
    </message>
    <message>
        <source>--limit: &apos;%1&apos; is not a whole number of 0 or more.</source>
        <translation>--limit：&apos;%1&apos; 不是大于或等于 0 的整数。</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a date written as YYYY-MM-DD.</source>
        <translation>--%1：&apos;%2&apos; 不是 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>--to: the last day comes before --from.</source>
        <translation>--to：结束日期早于 --from。</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n 条诉求</numerusform>
        </translation>
    </message>
    <message>
        <source> (more: raise --limit, or --limit 0 for all)</source>
        <translation>（还有更多：请调大 --limit，或用 --limit 0 列出全部）</translation>
    </message>
    <message>
        <source>ACTION: &apos;%1&apos; is not one of %2.</source>
        <translation>ACTION：&apos;%1&apos; 不是 %2 之一。</translation>
    </message>
    <message>
        <source>--%1: say yes or no, not &apos;%2&apos;.</source>
        <translation>--%1：请填写 yes 或 no，而不是 &apos;%2&apos;。</translation>
    </message>
    <message>
        <source>--days: &apos;%1&apos; is not a whole number.</source>
        <translation>--days：&apos;%1&apos; 不是整数。</translation>
    </message>
    <message>
        <source>Case %1 is now %2.</source>
        <translation>诉求 %1 现为%2。</translation>
    </message>
    <message>
        <source>--user LOGIN is missing: &apos;%1&apos; writes to the file, so an operator must sign in.</source>
        <translation>缺少 --user LOGIN：&apos;%1&apos; 会写入文件，因此必须有操作员登录。</translation>
    </message>
    <message>
        <source>--user: put the operator&apos;s password in the environment variable %1; it is not taken from the command line.</source>
        <translation>--user：请将操作员密码放在环境变量 %1 中；不从命令行读取密码。</translation>
    </message>
    <message>
        <source>--%1: nothing in %2 has the code &apos;%3&apos;.</source>
        <translation>--%1：%2 中没有编码为 &apos;%3&apos; 的项。</translation>
    </message>
    <message>
        <source>--unit: no handling unit is named &apos;%1&apos;.</source>
        <translation>--unit：没有名为 &apos;%1&apos; 的承办单位。</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation>（超期）</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>诉求人</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>承办人</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Asks for</source>
        <translation>具体诉求</translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation>首问负责单位</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>one case with its timeline [--json]</source>
        <translation>显示一条诉求及其办理过程 [--json]</translation>
    </message>
    <message>
        <source>check, grids list, workers list, cases: print JSON and nothing else on stdout.</source>
        <translation>check、grids list、workers list、cases：在标准输出上只输出 JSON。</translation>
    </message>
    <message>
        <source>init: the administrator&apos;s name (default: the login); cases add: the reporter&apos;s name.</source>
        <translation>init：管理员姓名（默认为登录名）；cases add：诉求人姓名。</translation>
    </message>
    <message>
        <source>cases add, cases act: the operator who writes; the password is taken from GRIDDESK_PASSWORD.</source>
        <translation>cases add、cases act：执行写入的操作员；密码取自 GRIDDESK_PASSWORD。</translation>
    </message>
    <message>
        <source>cases add: how the request arrived: walk_in (default), phone, hotline_12345, online or patrol; cases list: only this channel.</source>
        <translation>cases add：诉求的来源渠道：walk_in（默认）、phone、hotline_12345、online 或 patrol；cases list：只列出该渠道的诉求。</translation>
    </message>
    <message>
        <source>CHANNEL</source>
        <translation>CHANNEL</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>URGENCY</source>
        <translation>URGENCY</translation>
    </message>
    <message>
        <source>cases add: the reporter&apos;s phone.</source>
        <translation>cases add：诉求人电话。</translation>
    </message>
    <message>
        <source>PHONE</source>
        <translation>PHONE</translation>
    </message>
    <message>
        <source>cases add: the reporter stays anonymous (no name needed).</source>
        <translation>cases add：诉求人匿名（无需姓名）。</translation>
    </message>
    <message>
        <source>cases add: where it happened.</source>
        <translation>cases add：事发地点。</translation>
    </message>
    <message>
        <source>cases add: an address of a building on file; the case takes the building and its grid.</source>
        <translation>cases add：文件中已有楼栋的地址；诉求将归入该楼栋及其所属网格。</translation>
    </message>
    <message>
        <source>cases add: what the resident asks for.</source>
        <translation>cases add：居民的具体诉求。</translation>
    </message>
    <message>
        <source>cases add: when the request arrived, Beijing time (default: now).</source>
        <translation>cases add：诉求受理时间，北京时间（默认为当前时间）。</translation>
    </message>
    <message>
        <source>&quot;YYYY-MM-DD HH:MM&quot;</source>
        <translation>&quot;YYYY-MM-DD HH:MM&quot;</translation>
    </message>
    <message>
        <source>cases add: the 12345 hotline&apos;s order number.</source>
        <translation>cases add：12345 热线工单编号。</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMBER</translation>
    </message>
    <message>
        <source>cases list: only cases in this state (repeat the option, or separate states with commas).</source>
        <translation>cases list：只列出处于该状态的诉求（可重复此选项，或用逗号分隔多个状态）。</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATE</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>WHEN</translation>
    </message>
    <message>
        <source>cases list: only the cases a grid worker handles now (the worker&apos;s phone or id).</source>
        <translation>cases list：只列出某网格员当前承办的诉求（该网格员的电话或标识）。</translation>
    </message>
    <message>
        <source>WORKER</source>
        <translation>WORKER</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>ORDER</source>
        <translation>ORDER</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>KEY</translation>
    </message>
    <message>
        <source>cases act request_extension: working days asked for (1 to 10).</source>
        <translation>cases act request_extension：申请延期的工作日数（1 至 10）。</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>LEVEL</translation>
    </message>
    <message>
        <source>cases act callback: satisfied, basic or dissatisfied.</source>
        <translation>cases act callback：satisfied、basic 或 dissatisfied。</translation>
    </message>
    <message>
        <source>cases act callback: whether the matter was solved.</source>
        <translation>cases act callback：诉求事项是否已解决。</translation>
    </message>
    <message>
        <source>yes|no</source>
        <translation>yes|no</translation>
    </message>
    <message>
        <source>cases act decide_extension: whether the extension is granted.</source>
        <translation>cases act decide_extension：是否批准延期。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs %2 after it.</source>
        <translation>&apos;%1&apos; 后面需要 %2。</translation>
    </message>
    <message>
        <source>--cases: &apos;%1&apos; is not a whole number from 0 to %2.</source>
        <translation>--cases：&apos;%1&apos; 不是 0 到 %2 之间的整数。</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>诉求</translation>
    </message>
    <message>
        <source>Timeline events</source>
        <translation>办理过程记录</translation>
    </message>
    <message>
        <source>Open, of which overdue</source>
        <translation>在办／其中超期</translation>
    </message>
    <message>
        <source>--mapping: cannot read %1 (%2); give field=Header;field=Header or a JSON file.</source>
        <translation>--mapping：无法读取 %1（%2）；请写成 字段=列名;字段=列名，或给出 JSON 文件。</translation>
    </message>
    <message>
        <source>%1 (%2): %3 line(s); imported %4, already imported %5, refused %6.</source>
        <translation>%1（%2）：共 %3 行；导入 %4，已导入过 %5，拒收 %6。</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of %1 were refused and not imported; the report names the line and column of each.</source>
        <translation>
            <numerusform>%1 中有 %n 行被拒收、未导入；报告列出了每行的行号和列。</numerusform>
        </translation>
    </message>
    <message>
        <source>--xlsx and --csv: give one of them, not both.</source>
        <translation>--xlsx 和 --csv：只能给出其中一个。</translation>
    </message>
    <message>
        <source>cases export: name the file with --xlsx OUT.xlsx or --csv OUT.csv.</source>
        <translation>cases export：请用 --xlsx 输出.xlsx 或 --csv 输出.csv 指定文件。</translation>
    </message>
    <message>
        <source>--%1: the file name is empty.</source>
        <translation>--%1：文件名为空。</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 条诉求写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>cases import: which column fills which field, as &quot;hotline_order=工单编号;received=来电时间&quot; or a JSON file; fields not named keep the mapping last used (or the default one).</source>
        <translation>cases import：哪一列填哪个字段，写成 &quot;hotline_order=工单编号;received=来电时间&quot; 或 JSON 文件；未写出的字段沿用上次的对应（或默认对应）。</translation>
    </message>
    <message>
        <source>MAPPING</source>
        <translation>对应</translation>
    </message>
    <message>
        <source>cases import: auto (the default: UTF-8, else GB18030), utf-8 or gb18030.</source>
        <translation>cases import：auto（默认：先试 UTF-8，再试 GB18030）、utf-8 或 gb18030。</translation>
    </message>
    <message>
        <source>ENCODING</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>OUT.xlsx</source>
        <translation>输出.xlsx</translation>
    </message>
    <message>
        <source>cases export: write a CSV file (UTF-8 with BOM, for Excel).</source>
        <translation>cases export：写入 CSV 文件（带 BOM 的 UTF-8，供 Excel 打开）。</translation>
    </message>
    <message>
        <source>OUT.csv</source>
        <translation>输出.csv</translation>
    </message>
    <message>
        <source>Where it matched</source>
        <translation>匹配内容</translation>
    </message>
    <message>
        <source>full-text search: the cases whose texts contain every word of TEXT, or whose phone ends in its digits; best matches first [--limit N] [--count] [--json]</source>
        <translation>全文搜索：文字中包含 TEXT 每个词的诉求，或电话尾号与其数字相同的诉求；最匹配的在前 [--limit N] [--count] [--json]</translation>
    </message>
    <message>
        <source>cases list, cases search: at most N cases (default 50, search 20; 0 lists them all).</source>
        <translation>cases list、cases search：最多列出 N 条（默认 50 条，搜索默认 20 条；0 表示全部）。</translation>
    </message>
    <message>
        <source>cases search: print only the number of matching cases.</source>
        <translation>cases search：只输出匹配的诉求数。</translation>
    </message>
    <message>
        <source>At %1 (Beijing time); due soon means by %2.</source>
        <translation>截至 %1（北京时间）；一个工作日内到期指在 %2 前到期。</translation>
    </message>
    <message>
        <source>(no grid)</source>
        <translation>（无网格）</translation>
    </message>
    <message>
        <source>(no handler)</source>
        <translation>（无承办人）</translation>
    </message>
    <message>
        <source>Handling unit</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <source>Grid worker</source>
        <translation>网格员</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>在办</translation>
    </message>
    <message>
        <source>Due within a working day</source>
        <translation>一个工作日内到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>Grid code</source>
        <translation>网格编码</translation>
    </message>
    <message>
        <source>Handler type</source>
        <translation>承办人类型</translation>
    </message>
    <message numerus="yes">
        <source>Search index rebuilt: %n case(s) in %1 s.</source>
        <translation>
            <numerusform>搜索索引已重建：%n 条诉求，用时 %1 秒。</numerusform>
        </translation>
    </message>
    <message>
        <source>list the operators with their role, last sign-in and linked worker [--json]</source>
        <translation>列出操作员及其角色、最近登录时间和关联的网格员 [--json]</translation>
    </message>
    <message>
        <source>build the search index again from the cases and their timelines (a repair; check says when it is needed)</source>
        <translation>根据诉求及其办理记录重建搜索索引（修复用；check 会提示何时需要）</translation>
    </message>
    <message>
        <source>open cases per handler or per grid, with those due within one working day and the overdue ones, most overdue first [--by handler|grid] [--json]</source>
        <translation>按承办人或按网格统计在办诉求，以及其中一个工作日内到期和已超期的件数，超期最多的在前 [--by handler|grid] [--json]</translation>
    </message>
    <message>
        <source>cases list: only the cases the --user operator&apos;s linked grid worker handles now (&quot;my cases&quot;).</source>
        <translation>cases list：只列出 --user 操作员所关联的网格员当前承办的诉求（“我的诉求”）。</translation>
    </message>
    <message>
        <source>active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>--user: &apos;%1&apos; reads only; it takes --user with --mine, to list that operator&apos;s cases.</source>
        <translation>--user：“%1”只读取数据；只有与 --mine 一起使用时才接受 --user，用来列出该操作员的诉求。</translation>
    </message>
    <message>
        <source>--mine: the handler is the operator&apos;s own worker; leave out --handler.</source>
        <translation>--mine：承办人就是该操作员本人的网格员记录，请去掉 --handler。</translation>
    </message>
    <message>
        <source>--mine: name the operator with --user LOGIN (password from GRIDDESK_PASSWORD).</source>
        <translation>--mine：请用 --user LOGIN 指明操作员（密码取自 GRIDDESK_PASSWORD）。</translation>
    </message>
    <message>
        <source>--mine: %1 is not linked to a grid worker; an administrator links them with operators link.</source>
        <translation>--mine：%1 尚未关联网格员；请管理员用 operators link 关联。</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>最近登录</translation>
    </message>
    <message numerus="yes">
        <source>%n operator(s)</source>
        <translation>
            <numerusform>共 %n 名操作员</numerusform>
        </translation>
    </message>
    <message>
        <source>LOGIN: no operator has the login &apos;%1&apos;.</source>
        <translation>LOGIN：没有登录名为“%1”的操作员。</translation>
    </message>
    <message>
        <source>%1 is not linked to a worker.</source>
        <translation>%1 未关联网格员。</translation>
    </message>
    <message>
        <source>%1 is now linked to the worker %2.</source>
        <translation>%1 已关联到网格员 %2。</translation>
    </message>
    <message>
        <source>one hash of what the file exchanges with other offices, to compare two files [--json: per table too]</source>
        <translation>本文件与其他单位交换的全部内容的一个哈希值，用于比较两个文件 [--json：同时列出每张表]</translation>
    </message>
    <message>
        <source>export: name the package file with --out FILE.</source>
        <translation>export：请用 --out FILE 指定数据包文件。</translation>
    </message>
    <message>
        <source>Package written: %1 (%2 rows, %3 MB) in %4 s.</source>
        <translation>数据包已写入：%1（%2 行，%3 MB），用时 %4 秒。</translation>
    </message>
    <message>
        <source>export: give at most one of --street, --community and --grid.</source>
        <translation>export：--street、--community、--grid 最多只能给出一个。</translation>
    </message>
    <message>
        <source>merge: show what merging would change, and write nothing.</source>
        <translation>merge：只显示合并会改变什么，不写入任何内容。</translation>
    </message>
    <message>
        <source>This package was merged before: nothing changed.</source>
        <translation>此数据包以前已合并过：没有任何改变。</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>The package carried times far ahead of this PC&apos;s clock; they were capped. Check the other office&apos;s clock.</source>
        <translation>数据包中的时间远超本机时钟，已按上限处理。请检查对方单位的电脑时钟。</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>试运行：未写入任何内容。</translation>
    </message>
    <message>
        <source>No unresolved conflicts.</source>
        <translation>没有未处理的冲突。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>保留的值</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>被替换的值</translation>
    </message>
    <message>
        <source>write what this file exchanges with other offices into one package file for another office to merge: --out FILE [--street|--community|--grid CODE] [--since-last-to OFFICE --user LOGIN] [--json]</source>
        <translation>把本文件与其他单位交换的数据写入一个数据包文件，供其他单位合并：--out 文件 [--street|--community|--grid 编码] [--since-last-to 单位 --user 登录名] [--json]</translation>
    </message>
    <message>
        <source>settle a conflict as --user ADMIN: --keep (the value kept), --other (the value set aside) or --value TEXT; the decision travels with the next package [--json]</source>
        <translation>以 --user 管理员 处理一个冲突：--keep（保留当前值）、--other（采用被搁置的值）或 --value 文本；处理结果随下一个数据包传出 [--json]</translation>
    </message>
    <message>
        <source>export: only what changed since the last package sent to this office (the first one to an office holds everything).</source>
        <translation>export：只导出上次发给该单位之后的变更（第一次发给某单位时包含全部数据）。</translation>
    </message>
    <message>
        <source>OFFICE</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>conflicts resolve: keep the value kept.</source>
        <translation>conflicts resolve：保留当前值。</translation>
    </message>
    <message>
        <source>conflicts resolve: take the value that was set aside.</source>
        <translation>conflicts resolve：采用被搁置的值。</translation>
    </message>
    <message>
        <source>export: --since-last-to needs the name of the receiving office.</source>
        <translation>export：--since-last-to 需要接收单位的名称。</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>conflicts resolve: give the conflict&apos;s number (see conflicts list).</source>
        <translation>conflicts resolve：请给出冲突编号（见 conflicts list）。</translation>
    </message>
    <message>
        <source>conflicts resolve: give exactly one of --keep, --other and --value TEXT.</source>
        <translation>conflicts resolve：--keep、--other 和 --value 文本 三者必须且只能给出一个。</translation>
    </message>
    <message>
        <source>Conflict %1 resolved; the decision goes with the next package.</source>
        <translation>冲突 %1 已处理；处理结果将随下一个数据包传出。</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>拟定星级</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>reopen the newest approved month as a supervisor, with a reason: the stars go back: --month YYYY-MM --reason TEXT --operator LOGIN --password-stdin</source>
        <translation>以负责人身份说明理由后重新打开最近审批的月份：星级恢复原状：--month YYYY-MM --reason 理由 --operator 登录名 --password-stdin</translation>
    </message>
    <message>
        <source>review approve, review reopen: the supervisor&apos;s login.</source>
        <translation>review approve、review reopen：负责人的登录名。</translation>
    </message>
    <message>
        <source>review approve, review reopen: read the password from stdin.</source>
        <translation>review approve、review reopen：从标准输入读取密码。</translation>
    </message>
    <message>
        <source>%1: sign in with --operator LOGIN --password-stdin (the password on stdin).</source>
        <translation>%1：请用 --operator 登录名 --password-stdin 登录（密码从标准输入提供）。</translation>
    </message>
    <message>
        <source>%1: give the month as --month YYYY-MM (for example 2026-10).</source>
        <translation>%1：请用 --month YYYY-MM 给出月份（例如 2026-10）。</translation>
    </message>
    <message>
        <source>The review of %1 is approved and locked.</source>
        <translation>%1 的考评已审批并锁定。</translation>
    </message>
    <message>
        <source>The review of %1 is open again; the stars it moved are back.</source>
        <translation>%1 的考评已重新打开，其调整的星级已恢复。</translation>
    </message>
    <message>
        <source>the rewards of an approved month, one per worker by the star the review gave; --xlsx OUT writes the sheet and the payouts as an Excel workbook: --month YYYY-MM [--xlsx OUT] [--json]</source>
        <translation>已审批月份的奖励，按考评确定的星级每人一条；--xlsx 输出文件 将考评表和奖励发放表写成 Excel 工作簿：--month YYYY-MM [--xlsx 输出文件] [--json]</translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s), %1 yuan in all.</source>
        <translation>
            <numerusform>共 %n 人，合计 %1 元。</numerusform>
        </translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>已写出：%1</translation>
    </message>
    <message>
        <source>training add: the day of the session.</source>
        <translation>training add：培训日期。</translation>
    </message>
    <message>
        <source>--worker: no worker has the phone or id %1.</source>
        <translation>--worker：没有电话或编号为 %1 的人员。</translation>
    </message>
    <message numerus="yes">
        <source>Training recorded: %1, %2, %n attendee(s).</source>
        <translation>
            <numerusform>已记录培训：%1，%2，%n 人参加。</numerusform>
        </translation>
    </message>
    <message>
        <source>merge another office&apos;s package as --user ADMIN (password from GRIDDESK_PASSWORD): every check first, one transaction, an undo file; a refused package exits 2 [--dry-run] [--json]</source>
        <translation>以 --user 管理员身份合并其他单位的数据包（密码取自 GRIDDESK_PASSWORD）：先做全部检查，一个事务完成，并留下撤销文件；被拒绝的数据包退出码为 2 [--dry-run] [--json]</translation>
    </message>
    <message>
        <source>take a merge back as --user ADMIN from the undo file it left beside the database (FILE.before-merge-TIME.undo); refused, with nothing changed, when rows it wrote were changed since [--json]</source>
        <translation>以 --user 管理员身份，用合并时在数据文件旁留下的撤销文件（文件名.before-merge-时间.undo）撤销该次合并；若合并写入的记录之后又被改动，则拒绝撤销且不做任何更改 [--json]</translation>
    </message>
    <message>
        <source>Merged. To take it back: griddesk-cli --db %1 undo-merge %2</source>
        <translation>已合并。如需撤销：griddesk-cli --db %1 undo-merge %2</translation>
    </message>
    <message>
        <source>The merge of %1 was taken back: %2 row(s) as they were, %3 case(s) re-indexed.</source>
        <translation>已撤销 %1 的合并：%2 条记录恢复原状，%3 件诉求重建了检索索引。</translation>
    </message>
    <message>
        <source>the annual evaluation: each worker&apos;s approved months, the year&apos;s score weighted as the review settings say, and the grade: --year YYYY [--json]</source>
        <translation>年度考评：每名网格员已审定的各月得分、按考评设置加权的年度得分及等次：--year YYYY [--json]</translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation>YYYY</translation>
    </message>
    <message>
        <source>review year: --year needs a year such as 2026, not &quot;%1&quot;.</source>
        <translation>review year：--year 需要年份，例如 2026，而不是“%1”。</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>月数</translation>
    </message>
    <message>
        <source>Annual score</source>
        <translation>年度得分</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等次</translation>
    </message>
    <message>
        <source>cards: give exactly one of --grid, --community or --street (a code).</source>
        <translation>cards：请只给出 --grid、--community 或 --street 中的一个（编码）。</translation>
    </message>
    <message>
        <source>--pdf FILE is missing: name the PDF file to write the cards into.</source>
        <translation>缺少 --pdf FILE：请指定写入便民联系卡的 PDF 文件。</translation>
    </message>
    <message>
        <source>--layout: &apos;%1&apos; is not a layout; use %2.</source>
        <translation>--layout：“%1”不是版式，请使用 %2。</translation>
    </message>
    <message>
        <source>--%1: there are no active grids there to print cards for.</source>
        <translation>--%1：该范围内没有可打印便民联系卡的在用网格。</translation>
    </message>
    <message>
        <source>incomplete card: %1</source>
        <translation>便民联系卡信息不全：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) written to %1</source>
        <translation>
            <numerusform>已将 %n 张便民联系卡写入 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>print the grid contact cards into one PDF: --grid CODE | --community CODE | --street CODE [--layout a6|a4x4|a5] --pdf OUT; incomplete cards are named on stderr</source>
        <translation>将网格便民联系卡打印到一个 PDF：--grid 编码 | --community 编码 | --street 编码 [--layout a6|a4x4|a5] --pdf 输出文件；信息不全的便民联系卡在 stderr 列出</translation>
    </message>
    <message>
        <source>grids list, cases list: only the grids (cases) of the street with this 9-digit code; export: a package of that street; cards: the cards of its grids.</source>
        <translation>grids list、cases list：只列出该 9 位编码街道的网格（诉求）；export：该街道的数据包；cards：该街道各网格的便民联系卡。</translation>
    </message>
    <message>
        <source>grids list, cases list: only the grids (cases) of the community with this 12-digit code; export: a package of that community; cards: the cards of its grids.</source>
        <translation>grids list、cases list：只列出该 12 位编码社区的网格（诉求）；export：该社区的数据包；cards：该社区各网格的便民联系卡。</translation>
    </message>
    <message>
        <source>cases add: the grid&apos;s 15-digit code (default: the building&apos;s); cases list: only this grid; export: a package of this grid; cards: this grid&apos;s card.</source>
        <translation>cases add：网格的 15 位编码（默认取楼栋所在网格）；cases list：只列出该网格；export：该网格的数据包；cards：该网格的便民联系卡。</translation>
    </message>
    <message>
        <source>cards: a6 (one card a page, the default), a4x4 (four cards on A4 with cut marks) or a5 (a poster).</source>
        <translation>cards：a6（每页一张，默认）、a4x4（A4 纸四张，带裁切线）或 a5（张贴版）。</translation>
    </message>
    <message>
        <source>LAYOUT</source>
        <translation>版式</translation>
    </message>
    <message>
        <source>OUT.pdf</source>
        <translation>输出.pdf</translation>
    </message>
    <message numerus="yes">
        <source>Search index tidied: %n step(s) in %1 s.</source>
        <translation>
            <numerusform>检索索引已整理：%n 步，用时 %1 秒。</numerusform>
        </translation>
    </message>
    <message>
        <source>merge every search index segment still waiting (each write leaves one; the window merges them when nobody uses it, the command line a step after each write)</source>
        <translation>立即合并搜索索引中所有待合并的分段（每次写入留下一个分段；窗口在无人操作时合并，命令行在每次写入后合并一步）</translation>
    </message>
    <message>
        <source>build the demo office into a new or empty file: the district, a year of 20,000 cases, the past months&apos; star reviews approved and a merged package with a conflict to settle; --cases N: the district and N cases only [--seed N] [--cases N]</source>
        <translation>在新文件或空文件中建立演示单位：街区、一年约 20,000 件诉求、已审批的以往各月星级考评，以及一个已合并、留有待处理冲突的数据包；--cases N：只建街区和 N 件诉求 [--seed N] [--cases N]</translation>
    </message>
    <message>
        <source>demo: the district with N residents&apos; requests and their timelines instead of the whole demo office.</source>
        <translation>demo：只建街区及 N 件群众诉求（含办理记录），不建完整的演示单位。</translation>
    </message>
    <message>
        <source>The street office&apos;s package was not merged: %1</source>
        <translation>街道办事处的数据包未合并：%1</translation>
    </message>
    <message>
        <source>Star reviews approved</source>
        <translation>已审批的星级考评</translation>
    </message>
    <message>
        <source>Merge conflicts to settle</source>
        <translation>待处理的合并冲突</translation>
    </message>
    <message>
        <source>this office&apos;s name, site and key fingerprint, which other offices compare before they trust its packages [--json]</source>
        <translation>本单位的名称、站点和密钥指纹，供其他单位在信任本单位数据包前核对 [--json]</translation>
    </message>
    <message>
        <source>write this office&apos;s public key to hand to another office: --out FILE</source>
        <translation>导出本单位的公钥以交给其他单位：--out FILE</translation>
    </message>
    <message>
        <source>merge the packages another office signs, as --user ADMIN: its key from --key FILE or from a --package it sent, once --fingerprint matches what it read to you [--scope district|street:CODE|community:CODE|grid:CODE] [--json]</source>
        <translation>以管理员 --user ADMIN 信任另一单位签名的数据包：密钥取自 --key FILE 或其发来的 --package，--fingerprint 须与对方念给您的一致 [--scope district|street:CODE|community:CODE|grid:CODE] [--json]</translation>
    </message>
    <message>
        <source>the offices whose packages this office merges, with their fingerprints and scopes [--json]</source>
        <translation>本单位合并其数据包的单位，及其指纹和范围 [--json]</translation>
    </message>
    <message>
        <source>withdraw the trust in an office as --user ADMIN: its later packages are refused [--json]</source>
        <translation>以管理员 --user ADMIN 撤销对某单位的信任：其此后的数据包将被拒绝 [--json]</translation>
    </message>
    <message>
        <source>trust add: the key file the other office sent.</source>
        <translation>trust add：对方单位发来的密钥文件。</translation>
    </message>
    <message>
        <source>trust add: a package the other office sent, carrying its key.</source>
        <translation>trust add：对方单位发来的数据包（带有其密钥）。</translation>
    </message>
    <message>
        <source>trust add: the key&apos;s fingerprint as the other office read it to you.</source>
        <translation>trust add：对方单位念给您的密钥指纹。</translation>
    </message>
    <message>
        <source>FP</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>office key: give the file to write with --out FILE.</source>
        <translation>office key：请用 --out FILE 指定要写入的文件。</translation>
    </message>
    <message>
        <source>This office&apos;s key is in %1. Send it to the other office, and read them the fingerprint over the phone: %2</source>
        <translation>本单位的密钥已保存到 %1。请发给对方单位，并电话念出指纹：%2</translation>
    </message>
    <message>
        <source>trust add: give the other office&apos;s key as --key FILE or the package it sent as --package FILE, one of them.</source>
        <translation>trust add：请用 --key FILE 给出对方单位的密钥，或用 --package FILE 给出其发来的数据包，二者选一。</translation>
    </message>
    <message>
        <source>trust add: give --fingerprint, as the other office read it to you.</source>
        <translation>trust add：请给出 --fingerprint，即对方单位念给您的指纹。</translation>
    </message>
    <message>
        <source>--package: there is no file %1.</source>
        <translation>--package：文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The package %1 carries no office key (it is not a signed GridDesk package).</source>
        <translation>数据包 %1 不带单位密钥（不是已签名的网格工作台数据包）。</translation>
    </message>
    <message>
        <source>Packages signed by %1 (%2) are now merged here, within %3.</source>
        <translation>今后本单位将合并 %1（%2）签名的数据包，范围：%3。</translation>
    </message>
    <message>
        <source>This office trusts no other office yet: no package can be merged.</source>
        <translation>本单位尚未信任任何其他单位，暂不能合并数据包。</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>网格范围</translation>
    </message>
    <message>
        <source>Trusted on</source>
        <translation>信任时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>trust remove: give the fingerprint of the office (see trust list).</source>
        <translation>trust remove：请给出该单位的指纹（见 trust list）。</translation>
    </message>
    <message>
        <source>Packages signed by %1 are no longer merged here.</source>
        <translation>本单位不再合并 %1 签名的数据包。</translation>
    </message>
    <message>
        <source>export, office key: the file to write (replaced when it exists).</source>
        <translation>export、office key：要写入的文件（已存在时覆盖）。</translation>
    </message>
    <message>
        <source>what an office this one sends changes to is known to hold: the last package sent, the last it confirmed merging, and the rows it still lacks: --peer OFFICE [--json]</source>
        <translation>本单位向其发送变更的单位已知持有的情况：最近发送的数据包、对方最近确认合并的数据包，以及对方仍缺少的记录：--peer OFFICE [--json]</translation>
    </message>
    <message>
        <source>sync-status: the office, as export --since-last-to names it.</source>
        <translation>sync-status：对方单位，即 export --since-last-to 中的名称。</translation>
    </message>
    <message>
        <source>sync-status: give the office with --peer OFFICE (as export --since-last-to names it).</source>
        <translation>sync-status：请用 --peer OFFICE 指定对方单位（即 export --since-last-to 中的名称）。</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>全部数据</translation>
    </message>
    <message>
        <source>sync-status: nothing was ever sent to &quot;%1&quot; with export --since-last-to.</source>
        <translation>sync-status：从未用 export --since-last-to 向“%1”发送过数据包。</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Last sent</source>
        <translation>最近发送</translation>
    </message>
    <message>
        <source>Last acknowledged</source>
        <translation>最近确认</translation>
    </message>
    <message>
        <source>Unconfirmed packages</source>
        <translation>未确认的数据包</translation>
    </message>
    <message>
        <source>Rows waiting</source>
        <translation>待发送记录</translation>
    </message>
    <message>
        <source>%1 holds everything this office would send it.</source>
        <translation>%1 已持有本单位要发给它的全部内容。</translation>
    </message>
    <message>
        <source>%1 lacks rows this office holds: the next export --since-last-to carries them.</source>
        <translation>%1 缺少本单位持有的部分记录：下一次 export --since-last-to 会带上这些记录。</translation>
    </message>
    <message>
        <source>waiting for another program to finish writing to the file (a merge, perhaps)…</source>
        <translation>正在等待另一个程序写完数据文件（可能是在合并数据包）…</translation>
    </message>
    <message>
        <source>what merges left to decide: values both offices had changed (kind field), concurrent actions on a case (kind branch) and keys given twice (kind identity) [--json]</source>
        <translation>合并后待决定的事项：两个单位都改过的值（kind field）、同一诉求上的并发操作（kind branch）和重复的编号（kind identity）[--json]</translation>
    </message>
    <message>
        <source>settle concurrent actions on a case as --user SUPERVISOR: --branch EVENT (the first event of the branch that stands) --note TEXT (why); the other branches&apos; actions no longer count, in every office that merges the decision [--json]</source>
        <translation>以 --user 负责人 裁定诉求上的并发操作：--branch 事件（为准分支的第一条事件）--note 文本（理由）；其他分支的操作不再生效，合并该裁定的每个单位都如此 [--json]</translation>
    </message>
    <message>
        <source>merge two streets, communities, grids or workers that share a code or phone as --user ADMIN: every reference to DROP moves to KEEP, DROP is deleted [--json]</source>
        <translation>以 --user 管理员 合并编码或电话相同的两条街道、社区、网格或网格员记录：引用 DROP 的都改为引用 KEEP，DROP 被删除 [--json]</translation>
    </message>
    <message>
        <source>give one of two records sharing a key another code, number or phone as --user ADMIN: --value NEW [--json]</source>
        <translation>以 --user 管理员 为编号重复的两条记录之一改用另一个编码、编号或电话：--value 新值 [--json]</translation>
    </message>
    <message>
        <source>conflicts resolve: write this value instead; conflicts renumber: the new code, number or phone.</source>
        <translation>conflicts resolve：改写为此值；conflicts renumber：新的编码、编号或电话。</translation>
    </message>
    <message>
        <source>conflicts settle-branch: the first event of the branch that stands.</source>
        <translation>conflicts settle-branch：为准分支的第一条事件。</translation>
    </message>
    <message>
        <source>EVENT</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Concurrent actions on cases (conflicts settle-branch CASE --branch EVENT --note TEXT):</source>
        <translation>诉求上的并发操作（conflicts settle-branch 诉求 --branch 事件 --note 理由）：</translation>
    </message>
    <message>
        <source>stands</source>
        <translation>为准</translation>
    </message>
    <message>
        <source>overridden</source>
        <translation>不生效</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>诉求编号</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>At</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现状</translation>
    </message>
    <message>
        <source>Keys given twice (conflicts merge-records TABLE KEEP DROP, or conflicts renumber TABLE ID --value NEW):</source>
        <translation>重复的编号（conflicts merge-records 表 保留 并入，或 conflicts renumber 表 ID --value 新值）：</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>conflicts settle-branch: give the case and --branch EVENT, the first event of the branch that stands (see conflicts list).</source>
        <translation>conflicts settle-branch：请给出诉求和 --branch 事件，即为准分支的第一条事件（见 conflicts list）。</translation>
    </message>
    <message>
        <source>Case %1: the branch from %2 stands; the decision goes with the next package.</source>
        <translation>诉求 %1：以 %2 开始的分支为准；裁定随下一个数据包发出。</translation>
    </message>
    <message>
        <source>conflicts merge-records: give the table, the id kept and the id merged into it (see conflicts list).</source>
        <translation>conflicts merge-records：请给出表名、保留的 ID 和并入的 ID（见 conflicts list）。</translation>
    </message>
    <message>
        <source>%1 merged into %2; references moved, the decision goes with the next package.</source>
        <translation>%1 已并入 %2；引用已改，决定随下一个数据包发出。</translation>
    </message>
    <message>
        <source>conflicts renumber: give the table, the record&apos;s id and --value NEW (see conflicts list).</source>
        <translation>conflicts renumber：请给出表名、记录 ID 和 --value 新值（见 conflicts list）。</translation>
    </message>
    <message>
        <source>%1 renumbered to %2.</source>
        <translation>%1 已改为 %2。</translation>
    </message>
    <message>
        <source> (does not count)</source>
        <translation>（不生效）</translation>
    </message>
    <message>
        <source>as --user ADMIN, confirm that this PC&apos;s clock is right when it disagrees with the file&apos;s newest change (every write is refused until then) [--json]</source>
        <translation>本机时间与文件最新修改不符时，以 --user 管理员 确认本机时间无误（在此之前一切写入都被拒绝）[--json]</translation>
    </message>
    <message>
        <source>This PC&apos;s clock (%1) is confirmed right; writing is possible again.</source>
        <translation>已确认本机时间（%1）无误，可以重新保存。</translation>
    </message>
    <message>
        <source>trust add: what the office may send: district (the default), or street:CODE, community:CODE, grid:CODE; a package changing rows outside it is refused.</source>
        <translation>trust add：该单位可以发送的范围：district（默认，全区），或 street:编码、community:编码、grid:编码；修改范围以外记录的数据包将被拒绝。</translation>
    </message>
    <message>
        <source>as --user ADMIN of the district, write the offices trusted here with their keys and areas, signed, for every office to take: --out FILE</source>
        <translation>以区里的 --user 管理员 写出本单位信任的各单位及其密钥和范围，签名后供各单位导入：--out 文件</translation>
    </message>
    <message>
        <source>as --user ADMIN, trust every office on the list the district signed (the district must be trusted here already) [--json]</source>
        <translation>以 --user 管理员 信任区里签名的名单上的每个单位（须已信任区里）[--json]</translation>
    </message>
    <message>
        <source>trust export-list: give the file to write with --out FILE.</source>
        <translation>trust export-list：请用 --out 文件 指定要写出的文件。</translation>
    </message>
    <message>
        <source>The signed list of the offices trusted here is in %1.</source>
        <translation>本单位信任的单位名单（已签名）在 %1。</translation>
    </message>
    <message>
        <source>trust import-list: give the list file the district sent.</source>
        <translation>trust import-list：请给出区里发来的名单文件。</translation>
    </message>
    <message>
        <source>%1 office(s) on %2&apos;s list are trusted now, each for its area.</source>
        <translation>%2 名单上的 %1 个单位现已受信任，各按其范围。</translation>
    </message>
    <message numerus="yes">
        <source>* %n counted case(s) have concurrent actions no supervisor has settled; a settlement may change these numbers (griddesk-cli conflicts list).</source>
        <translation>
            <numerusform>* 计分的诉求中有 %n 件存在未经负责人裁定的并发操作，裁定后这些分数可能变化（griddesk-cli conflicts list）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not signed for in time</source>
        <translation>超时未签收</translation>
    </message>
    <message>
        <source>Total: %1 open, %2 due within a working day, %3 overdue, %4 not signed for in time.</source>
        <translation>合计：未办结 %1 件，一个工作日内到期 %2 件，已超期 %3 件，超时未签收 %4 件。</translation>
    </message>
    <message>
        <source>Callbacks waiting: %1, of which %2 past the callback limit (cases list --due callback).</source>
        <translation>待回访 %1 件，其中回访超期 %2 件（cases list --due callback）。</translation>
    </message>
    <message>
        <source>list cases, newest first [--state S] [--due due_soon|overdue|late_sign|callback|callback_overdue] [--street CODE] [--community CODE] [--grid CODE] [--category CODE] [--channel C] [--handler W] [--from DATE] [--to DATE] [--sort ORDER] [--limit N] [--json]</source>
        <translation>列出诉求，最新的在前 [--state S] [--due due_soon|overdue|late_sign|callback|callback_overdue] [--street CODE] [--community CODE] [--grid CODE] [--category CODE] [--channel C] [--handler W] [--from DATE] [--to DATE] [--sort ORDER] [--limit N] [--json]</translation>
    </message>
    <message>
        <source>cases list: due_soon (open, due by the end of the next working day), overdue (open and past its deadline), late_sign (dispatched and not signed for in time), callback (completed, waiting for the callback) or callback_overdue (of those, past the callback limit).</source>
        <translation>cases list：due_soon（未办结，下一个工作日结束前到期）、overdue（未办结且已过时限）、late_sign（已派单但超时未签收）、callback（已办结，待回访）或 callback_overdue（其中已过回访时限）。</translation>
    </message>
    <message>
        <source>official</source>
        <translation>正式</translation>
    </message>
    <message>
        <source>provisional (weekends and the statutory holidays; no make-up working days)</source>
        <translation>暂定（双休日和法定节假日，不含调休上班日）</translation>
    </message>
    <message>
        <source>no calendar: deadlines into this year cannot be counted</source>
        <translation>无日历：落在该年的时限无法计算</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>--year: give the year as four digits (1901–2099), e.g. --year 2027.</source>
        <translation>--year：请用四位数字写年份（1901–2099），例如 --year 2027。</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>Days off</source>
        <translation>休息日</translation>
    </message>
    <message>
        <source>Make-up working days</source>
        <translation>调休上班日</translation>
    </message>
    <message>
        <source>calendar import: name the calendar file (date,kind,name).</source>
        <translation>calendar import：请指定日历文件（date,kind,name）。</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Calendar days: %1 added, %2 changed, %3 unchanged.</source>
        <translation>日历日期：新增 %1 天，修改 %2 天，%3 天未变。</translation>
    </message>
    <message>
        <source>No year became official: no deadline was counted again.</source>
        <translation>没有新的年份成为正式日历，未重算任何时限。</translation>
    </message>
    <message>
        <source>Official now: %1. Running cases with deadlines into it: %2; cases whose deadlines moved: %3.</source>
        <translation>已成为正式日历：%1。时限落入其中的在办诉求 %2 件，时限调整的 %3 件。</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>原时限</translation>
    </message>
    <message>
        <source>--from: &apos;%1&apos; is not a time written as &quot;YYYY-MM-DD HH:MM&quot;.</source>
        <translation>--from：“%1”不是“YYYY-MM-DD HH:MM”格式的时间。</translation>
    </message>
    <message>
        <source>--category: give the category&apos;s code, e.g. --category 0705.</source>
        <translation>--category：请给出类别编码，例如 --category 0705。</translation>
    </message>
    <message>
        <source>%1 (provisional)</source>
        <translation>%1（暂定）</translation>
    </message>
    <message>
        <source>a year&apos;s working days, days off and make-up working days, and whether they are official or provisional --year YYYY [--json]</source>
        <translation>某一年的工作日、休息日和调休上班日，以及是正式还是暂定日历 --year YYYY [--json]</translation>
    </message>
    <message>
        <source>import the State Council&apos;s notice (date,kind,name) as --user ADMIN, all or nothing; the running cases&apos; provisional deadlines are counted again [--json]</source>
        <translation>以 --user 管理员身份导入国务院办公厅的放假安排（date,kind,name），全部导入或全部不导入；在办诉求的暂定时限随之重算 [--json]</translation>
    </message>
    <message>
        <source>cases add, calendar due: the category&apos;s code (0101…); cases list: only this category and its sub-categories.</source>
        <translation>cases add、calendar due：类别编码（0101…）；cases list：只列该类别及其子类别。</translation>
    </message>
    <message>
        <source>cases add, calendar due: normal (default), urgent or emergency.</source>
        <translation>cases add、calendar due：normal（一般，默认）、urgent（紧急）或 emergency（特急）。</translation>
    </message>
    <message>
        <source>review year: the year evaluated; calendar show: the year shown.</source>
        <translation>review year：考评的年度；calendar show：显示的年份。</translation>
    </message>
    <message>
        <source>the deadline the rules give a request received --from &quot;YYYY-MM-DD HH:MM&quot; in --category CODE [--urgency U] [--type T], and whether it is provisional [--json]</source>
        <translation>按规则计算在 --from “YYYY-MM-DD HH:MM” 受理、类别为 --category 编码 [--urgency 紧急程度] [--type 诉求类型] 的诉求的办理时限，以及是否为暂定 [--json]</translation>
    </message>
    <message>
        <source>cases add, calendar due: consultation, help (default), complaint, report, suggestion or praise.</source>
        <translation>cases add、calendar due：consultation（咨询）、help（求助，默认）、complaint（投诉）、report（举报）、suggestion（建议）或 praise（表扬）。</translation>
    </message>
    <message>
        <source>--settled: give the answer the resident was given at the desk.</source>
        <translation>--settled：请填写当场答复诉求人的内容。</translation>
    </message>
    <message>
        <source>link an operator to the grid worker they are, as --user ADMIN: --worker PHONE|ID, or to the unit they sign in for: --unit NAME (an empty value unlinks) [--json]</source>
        <translation>以 --user 管理员身份把操作员关联到其本人对应的网格员（--worker 电话|ID），或关联到其所代表的单位（--unit 名称）（留空即取消关联）[--json]</translation>
    </message>
    <message>
        <source>register a resident&apos;s request as --user LOGIN (password from GRIDDESK_PASSWORD); a walk-in, call or patrol find is accepted with it; --settled ANSWER settles it at the desk; prints the case number [--json]</source>
        <translation>以 --user 登录名登记群众诉求（密码取自 GRIDDESK_PASSWORD）；来访、来电和巡查发现的诉求登记即受理；--settled 答复内容 表示当场办结；输出诉求编号 [--json]</translation>
    </message>
    <message>
        <source>cases act return: wrong_area, unclear_ownership, overlapping_duties or other; cases act callback --result not_needed: anonymous, patrol, praise or at_desk; review reopen: why the month is reopened.</source>
        <translation>cases act return：wrong_area、unclear_ownership、overlapping_duties 或 other；cases act callback --result not_needed：anonymous、patrol、praise 或 at_desk；review reopen：重新打开该月评定的原因。</translation>
    </message>
    <message>
        <source>ANSWER</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>--worker PHONE|ID or --unit NAME is missing: name the grid worker this operator is or the unit they sign in for (an empty value unlinks).</source>
        <translation>缺少 --worker 电话|ID 或 --unit 名称：请指明该操作员本人对应的网格员或其所代表的单位（留空即取消关联）。</translation>
    </message>
    <message>
        <source>%1 is not linked to a unit.</source>
        <translation>%1 未关联单位。</translation>
    </message>
    <message>
        <source>%1 now signs in for the unit %2.</source>
        <translation>%1 现代表单位 %2 登录办理。</translation>
    </message>
    <message>
        <source>cases add: the answer given at the desk; the case is registered and settled in one step.</source>
        <translation>cases add：当场给诉求人的答复；诉求登记即当场办结。</translation>
    </message>
    <message>
        <source>write the cases to a file for Excel, reporters&apos; phones masked: --xlsx OUT | --csv OUT [the filters of cases list] [--full-phones --user ADMIN] [--json]</source>
        <translation>把诉求导出为 Excel 可打开的文件，诉求人电话打码：--xlsx 输出文件 | --csv 输出文件 [cases list 的筛选条件] [--full-phones --user 管理员] [--json]</translation>
    </message>
    <message>
        <source>cases replies: name the file with --csv OUT.csv.</source>
        <translation>cases replies：请用 --csv 输出文件.csv 指定文件。</translation>
    </message>
    <message numerus="yes">
        <source>%n hotline reply(ies) written to %1.</source>
        <translation>
            <numerusform>已将 %n 条热线办理结果写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>write the hotline&apos;s replies (one row per 12345 order: result, time, callback) given from --from to --to (default today) to --csv OUT [--json]</source>
        <translation>把 --from 至 --to（默认今天）给出的热线办理结果（每个 12345 工单一行：办理结果、办结时间、回访结果）写入 --csv 输出文件 [--json]</translation>
    </message>
    <message>
        <source>take a workflow action on a case as --user LOGIN [--note TEXT] [--worker PHONE] [--unit NAME] [--reason KEY] [--days N] [--level L] [--result KEY] [--satisfaction KEY] [--solved yes|no] [--target KEY] [--report EVENT] [--tier KEY] [--approved yes|no] [--json]</source>
        <translation>以 --user 登录名对诉求执行办理操作 [--note 文本] [--worker 电话] [--unit 名称] [--reason 键] [--days N] [--level 级别] [--result 键] [--satisfaction 键] [--solved yes|no] [--target 键] [--report 事件] [--tier 层级] [--approved yes|no] [--json]</translation>
    </message>
    <message>
        <source>cases act route_up, route_down: the tier it goes to: grid, community, street or district (default: the next one up or down).</source>
        <translation>cases act route_up、route_down：报至或派至的层级：grid（网格）、community（社区）、street（街道）或 district（区职能部门）（默认上一级或下一级）。</translation>
    </message>
    <message>
        <source>as --user ADMIN, set the four digits the district gave this office, which open its new case numbers (0117-20261205-0012) [--json]</source>
        <translation>以 --user 管理员身份设置区里分配给本单位的四位数字，作为新诉求编号的开头（0117-20261205-0012）[--json]</translation>
    </message>
    <message>
        <source>Case number code</source>
        <translation>诉求编号代码</translation>
    </message>
    <message>
        <source>New case numbers start with %1.</source>
        <translation>新诉求编号以 %1 开头。</translation>
    </message>
    <message>
        <source>Attached to the cases they repeat: %1; waiting in the review of suspected repeats (cases repeats): %2.</source>
        <translation>已并入所重复的诉求：%1；待疑似重复研判（cases repeats）：%2。</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) imported under Other (13): their hotline category is not one of ours; map it with --categories &quot;TEXT=CODE&quot;.</source>
        <translation>
            <numerusform>%n 行已归入“其他”（13）：其热线分类不是本单位的分类；请用 --categories &quot;热线分类=编码&quot; 设置对应。</numerusform>
        </translation>
    </message>
    <message>
        <source>import 12345 hotline work orders from a CSV file as --user LOGIN; a line that repeats a case is attached to it (from the office&apos;s attach score) or waits in the review of suspected repeats; prints a report of the lines refused and exits 2 when there are any (the others are imported) [--mapping MAPPING] [--encoding E] [--categories &quot;HOTLINE=CODE;…&quot; (remembered)] [--no-repeats] [--json]</source>
        <translation>以 --user 登录名从 CSV 文件导入 12345 热线工单；与已有诉求重复的行自动并入（达到本单位的自动合并分值时），或进入疑似重复研判；打印被拒收行的报告，有拒收行时退出码为 2（其余行照常导入）[--mapping 列对应] [--encoding 编码] [--categories &quot;热线分类=编码;…&quot;（会被记住）] [--no-repeats] [--json]</translation>
    </message>
    <message>
        <source>the review of suspected repeats (疑似重复) the hotline import left: each case, the case it may repeat, the score and why [--status pending|confirmed|rejected] [--limit N] [--json]</source>
        <translation>热线导入留下的疑似重复研判：每件诉求、可能重复的诉求、分值及理由 [--status pending|confirmed|rejected] [--limit N] [--json]</translation>
    </message>
    <message>
        <source>a suspected repeat is one: the case is merged into the one it repeats, as one of its reports, as --user LOGIN [--json]</source>
        <translation>确认疑似重复：以 --user 登录名将该诉求作为重复反映并入所重复的诉求 [--json]</translation>
    </message>
    <message>
        <source>a suspected repeat is not one: both cases stay apart and the pair is not proposed again, as --user LOGIN [--json]</source>
        <translation>否定疑似重复：以 --user 登录名保持两件诉求分开，这一对不再提示 [--json]</translation>
    </message>
    <message>
        <source>merge a case not yet dispatched into the case it repeats (--into NUMBER), as one of its reports with its own reply and callback, as --user LOGIN [--json]</source>
        <translation>以 --user 登录名将尚未派单的诉求并入所重复的诉求（--into 编号），作为其一条重复反映，保留各自的答复和回访 [--json]</translation>
    </message>
    <message>
        <source>split an attached report (--report EVENT) back out of the case into a case of its own (a case merged in stands again under its number), as --user LOGIN [--json]</source>
        <translation>以 --user 登录名把关联的重复反映（--report 事件）从诉求中拆分为单独的诉求（并入的诉求以原编号恢复）[--json]</translation>
    </message>
    <message>
        <source>workers list: active, left or transferred; cases repeats: pending, confirmed or rejected.</source>
        <translation>workers list：在岗、离职或调动；cases repeats：pending（待研判）、confirmed（已确认）或 rejected（不是重复）。</translation>
    </message>
    <message>
        <source>cases import: which of our categories each hotline category is, as &quot;路灯不亮=0301;噪音扰民=治安&quot; (our code or name); remembered for the next file. A category neither ours nor mapped is imported under Other (13) and flagged.</source>
        <translation>cases import：每个热线分类对应本单位的哪个分类，写作 &quot;路灯不亮=0301;噪音扰民=治安&quot;（本单位的编码或名称）；会被记住供下次使用。既不是本单位分类也未对应的，归入“其他”（13）并加标记。</translation>
    </message>
    <message>
        <source>MAP</source>
        <translation>对应</translation>
    </message>
    <message>
        <source>cases import: do not look for repeats (every line a case of its own).</source>
        <translation>cases import：不查重（每行都作为单独的诉求）。</translation>
    </message>
    <message>
        <source>cases attach: the case the other one repeats (its number or id).</source>
        <translation>cases attach：被重复的诉求（编号或 id）。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n pair(s).</source>
        <translation>
            <numerusform>%1：%n 对。</numerusform>
        </translation>
    </message>
    <message>
        <source>May repeat</source>
        <translation>可能重复</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>研判人</translation>
    </message>
    <message>
        <source>%1 is merged into %2 as one of its reports; cases split %2 --report %3 takes it back out.</source>
        <translation>%1 已作为重复反映并入 %2；用 cases split %2 --report %3 可拆回。</translation>
    </message>
    <message>
        <source>%1 and %2 are kept apart: the pair is not proposed again.</source>
        <translation>%1 与 %2 保持分开：这一对不再提示。</translation>
    </message>
    <message>
        <source>cases attach: name the case it repeats with --into NUMBER.</source>
        <translation>cases attach：请用 --into 编号 指明它重复的诉求。</translation>
    </message>
    <message>
        <source>cases split: name the attached report with --report EVENT (cases show --json lists each report&apos;s event id).</source>
        <translation>cases split：请用 --report 事件 指明关联的重复反映（cases show --json 列出每条反映的事件 id）。</translation>
    </message>
    <message>
        <source>The report is split out of %1: it is case %2.</source>
        <translation>该反映已从 %1 拆出：现为诉求 %2。</translation>
    </message>
    <message>
        <source>cases act answer_report, callback_report, callback_try: the attached report (its event id, as cases show --json lists it); cases split: the report to take out.</source>
        <translation>cases act answer_report、callback_report、callback_try：关联的反映（其事件 id，见 cases show --json）；cases split：要拆出的反映。</translation>
    </message>
    <message>
        <source>the monthly star review of every active full-time worker: the items computed from the cases and typed in, the total, the current and proposed star and why: --month YYYY-MM [--sort place|name] [--json]</source>
        <translation>每名在岗专职网格员的月度星级考评：由诉求计算和手工录入的各项、总分、当前星级和拟定星级及理由：--month YYYY-MM [--sort place|name] [--json]</translation>
    </message>
    <message>
        <source>cases list: received (newest first, the default), received_asc, due (earliest deadline first) or updated (last changed first); review compute: place (by community and grid, the default) or name (pinyin).</source>
        <translation>cases list：received（最新接收的在前，默认）、received_asc、due（时限最早的在前）或 updated（最近修改的在前）；review compute：place（按社区和网格，默认）或 name（按姓名拼音）。</translation>
    </message>
    <message>
        <source>review compute: --sort is place (by community and grid) or name (by pinyin), not &quot;%1&quot;.</source>
        <translation>review compute：--sort 只能是 place（按社区和网格）或 name（按姓名拼音），而不是“%1”。</translation>
    </message>
    <message>
        <source>submit a month&apos;s review for approval as whoever scores it (--operator LOGIN, the password on stdin with --password-stdin): --month YYYY-MM</source>
        <translation>以评分人身份提交某月考评待审批（--operator 登录名，密码经 --password-stdin 从标准输入读入）：--month YYYY-MM</translation>
    </message>
    <message>
        <source>approve a submitted month&apos;s review, once the month is over, as a supervisor other than the one who submitted it (--operator LOGIN, the password on stdin with --password-stdin): the stars move, the month is locked; typed-in items nobody filled are named on stderr: --month YYYY-MM [--json]</source>
        <translation>在该月结束后，以提交人以外的负责人身份审批已提交的月度考评（--operator 登录名，密码经 --password-stdin 从标准输入读入）：星级随之调整，该月锁定；无人填写的人工录入项在 stderr 列出：--month YYYY-MM [--json]</translation>
    </message>
    <message>
        <source>The review of %1 is submitted: a supervisor other than %2 approves it.</source>
        <translation>%1 的考评已提交：由 %2 以外的负责人审批。</translation>
    </message>
    <message>
        <source>Nobody had a value in %1: they counted 0 for every worker.</source>
        <translation>%1 无人填写：所有网格员该项均计 0 分。</translation>
    </message>
    <message>
        <source>the office&apos;s review settings (when stars move, the quota, the thresholds, what a veto and a failed year do, the annual weights); --set KEY=VALUE (repeat) changes them as an administrator (--operator LOGIN --password-stdin) [--json]</source>
        <translation>本单位的考评设置（星级何时调整、名额、分数线、一票否决和年度不合格的处理、年度权重）；--set KEY=VALUE（可重复）由管理员修改（--operator LOGIN --password-stdin）[--json]</translation>
    </message>
    <message>
        <source>review rules: one setting to change, as KEY=VALUE (repeat).</source>
        <translation>review rules：要修改的一项设置，格式 KEY=VALUE（可重复）。</translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation>KEY=VALUE</translation>
    </message>
    <message>
        <source>--set: give KEY=VALUE (for example cadence=quarterly), not %1.</source>
        <translation>--set：请按 KEY=VALUE 填写（例如 cadence=quarterly），而不是 %1。</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置项</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>含义</translation>
    </message>
    <message>
        <source>The review settings are saved; approved months keep the results they had.</source>
        <translation>考评设置已保存；已审定月份的结果保持不变。</translation>
    </message>
    <message>
        <source>Star reviews approved by more than one office for the same workers (the office that should not review them reopens its month: review reopen):</source>
        <translation>同一批网格员的星级考评被多个单位审批（不应考评的单位重新打开其该月考评：review reopen）：</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>Review scope</source>
        <translation>考评范围</translation>
    </message>
    <message>
        <source>record a worker&apos;s appeal (申诉) against a submitted month during its public notice, as whoever scores it (--operator LOGIN --password-stdin): --month YYYY-MM --worker PHONE|ID --text TEXT [--json]</source>
        <translation>在已提交月份的公示期内记录网格员的申诉，由评分人操作（--operator LOGIN --password-stdin）：--month YYYY-MM --worker 电话|ID --text 内容 [--json]</translation>
    </message>
    <message>
        <source>answer an appeal as a supervisor (--operator LOGIN --password-stdin); the month is approved once each is answered: --appeal ID --text TEXT</source>
        <translation>由负责人答复申诉（--operator LOGIN --password-stdin）；全部答复后该月方可审批：--appeal ID --text 内容</translation>
    </message>
    <message>
        <source>a month&apos;s public notice and its appeals with their answers: --month YYYY-MM [--json]</source>
        <translation>某月的公示期及其申诉和答复：--month YYYY-MM [--json]</translation>
    </message>
    <message>
        <source>review appeal: the worker&apos;s appeal in their words; review answer: the answer.</source>
        <translation>review appeal：网格员申诉的原话；review answer：答复内容。</translation>
    </message>
    <message>
        <source>review answer: the appeal answered.</source>
        <translation>review answer：所答复的申诉。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Appeal recorded: %1. A supervisor answers it before the month is approved.</source>
        <translation>已记录申诉：%1。负责人答复后该月方可审批。</translation>
    </message>
    <message>
        <source>Appeal answered.</source>
        <translation>已答复申诉。</translation>
    </message>
    <message>
        <source>On public notice until %1.</source>
        <translation>公示至 %1。</translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>（未答复）</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>申诉内容</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>For</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Stars moved up / down</source>
        <translation>星级升 / 降</translation>
    </message>
    <message>
        <source>On public notice</source>
        <translation>公示中</translation>
    </message>
    <message>
        <source>--found-by: only a case found on patrol (--channel patrol) has a finder.</source>
        <translation>--found-by：只有巡查发现的诉求（--channel patrol）才有发现人。</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>发现人</translation>
    </message>
    <message>
        <source>cases add --channel patrol: the worker who found the matter (phone or id; default: the --user operator&apos;s worker, else the grid&apos;s worker). The star review credits the find to them.</source>
        <translation>cases add --channel patrol：发现问题的人员（电话或 id；默认为 --user 操作员对应的网格员，否则为本网格网格员）。星级评定中“主动发现”计入发现人。</translation>
    </message>
    <message>
        <source>count the figures&apos; aggregate again from the cases (a repair; check says when it is needed)</source>
        <translation>按诉求重新统计各项指标的汇总数据（修复用；check 会提示何时需要）</translation>
    </message>
    <message>
        <source>the office&apos;s figures (办结率, 按期办结率, 满意率 …) for the period --from DAY --to DAY with the period before (环比) and a year earlier (同比) [--street|--community|--grid CODE] [--by street|community|grid|category_group|category|channel|handler|unit|month] [--view received|completed] [--json]</source>
        <translation>本单位 --from DAY 至 --to DAY 期间的各项指标（办结率、按期办结率、满意率……），附环比和同比 [--street|--community|--grid CODE] [--by street|community|grid|category_group|category|channel|handler|unit|month] [--view received|completed] [--json]</translation>
    </message>
    <message>
        <source>cases due: count per handler (the default) or per grid; stats: break the figures down by street, community, grid, category_group, category, channel, handler, unit or month.</source>
        <translation>cases due：按承办人（默认）或按网格统计；stats：按街道、社区、网格、大类（category_group）、类别、渠道、承办人、承办单位或月份分组统计各项指标。</translation>
    </message>
    <message>
        <source>stats: count the cases received in the period (the default) or those completed in it.</source>
        <translation>stats：统计期间内受理的诉求（默认，受理口径）或期间内办结的诉求（办结口径）。</translation>
    </message>
    <message>
        <source>received|completed</source>
        <translation>received|completed</translation>
    </message>
    <message>
        <source>cases list: received on or after this day (Beijing time); calendar due: the moment the deadline counts from, &quot;YYYY-MM-DD HH:MM&quot;; stats: the period&apos;s first day.</source>
        <translation>cases list：该日（北京时间）及以后受理的；calendar due：时限起算时刻，格式 &quot;YYYY-MM-DD HH:MM&quot;；stats：统计期间的第一天。</translation>
    </message>
    <message>
        <source>cases list: received on or before this day (Beijing time); stats: the period&apos;s last day.</source>
        <translation>cases list：该日（北京时间）及以前受理的；stats：统计期间的最后一天。</translation>
    </message>
    <message>
        <source>--%1: give a day as YYYY-MM-DD, not &apos;%2&apos;.</source>
        <translation>--%1：请按 YYYY-MM-DD 格式填写日期，而不是“%2”。</translation>
    </message>
    <message>
        <source>stats: give the period with --from and --to (YYYY-MM-DD).</source>
        <translation>stats：请用 --from 和 --to（YYYY-MM-DD）指定统计期间。</translation>
    </message>
    <message>
        <source>--to: the period ends before it begins.</source>
        <translation>--to：统计期间的结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>--by: one of %1, not &apos;%2&apos;.</source>
        <translation>--by：应为 %1 之一，而不是“%2”。</translation>
    </message>
    <message>
        <source>--view: received or completed, not &apos;%1&apos;.</source>
        <translation>--view：应为 received 或 completed，而不是“%1”。</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>分子 / 分母</translation>
    </message>
    <message>
        <source>Against the period before</source>
        <translation>环比</translation>
    </message>
    <message>
        <source>Against a year earlier</source>
        <translation>同比</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>The figures were counted again from the cases in %1 s.</source>
        <translation>已按诉求重新统计各项指标，用时 %1 秒。</translation>
    </message>
    <message>
        <source>the monthly report (月报) of the office for --month YYYY-MM into --pdf OUT, with the figures, 环比 and 同比, the places, the categories that grew, the overdue, reopened and repeated cases and the star review [--street|--community CODE] [--xlsx OUT: the same tables]</source>
        <translation>将 --month YYYY-MM 的月报写入 --pdf OUT：主要指标及环比、同比，分地区情况，增长较多的类别，超期、重办和重复诉求，以及星级评定 [--street|--community 代码] [--xlsx OUT：相同表格的 Excel]</translation>
    </message>
    <message>
        <source>--month YYYY-MM is missing: name the month of the report.</source>
        <translation>缺少 --month YYYY-MM：请指定月报的月份。</translation>
    </message>
    <message>
        <source>--pdf FILE is missing: name the PDF file to write the report into.</source>
        <translation>缺少 --pdf 文件：请指定要写入月报的 PDF 文件。</translation>
    </message>
    <message numerus="yes">
        <source>The report of %1 for %2 (%n page(s)) written to %3</source>
        <translation>
            <numerusform>%1 %2 月报（%n 页）已写入 %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Its tables written to %1</source>
        <translation>月报表格已写入 %1</translation>
    </message>
    <message>
        <source>record a worker&apos;s home visit or patrol as --user LOGIN: --worker PHONE|ID --grid CODE and where (--building-address TEXT [--unit U] [--room R] | --household ID | --place TEXT) [--kind visit|patrol] [--at &quot;YYYY-MM-DD HH:MM&quot;] [--met WHO] [--found TEXT] [--note TEXT] [--photo FILE, repeatable]; prints its id [--json]</source>
        <translation>以 --user 登录名登记网格员的入户走访或巡查：--worker 电话|ID --grid 代码 及地点（--building-address 地址 [--unit 单元] [--room 房间] | --household ID | --place 地点）[--kind visit|patrol] [--at &quot;YYYY-MM-DD HH:MM&quot;] [--met 走访对象] [--found 发现情况] [--note 备注] [--photo 文件，可重复]；输出其 ID [--json]</translation>
    </message>
    <message>
        <source>list visits and patrols, newest first [--street|--community|--grid CODE] [--worker PHONE|ID] [--kind visit|patrol] [--from DATE] [--to DATE] [--limit N, 0: all] [--json]</source>
        <translation>按时间倒序列出走访和巡查 [--street|--community|--grid 代码] [--worker 电话|ID] [--kind visit|patrol] [--from 日期] [--to 日期] [--limit N，0 为全部] [--json]</translation>
    </message>
    <message>
        <source>workers list: full_time, part_time, grid_head, police, volunteer or building_leader; visits: visit or patrol.</source>
        <translation>workers list：full_time、part_time、grid_head、police、volunteer 或 building_leader；visits：visit 或 patrol。</translation>
    </message>
    <message>
        <source>cases act: the grid worker who takes the case (phone or id); training add: a worker who attended (repeat for each); review appeal: the worker who appeals; visits: the worker who visited.</source>
        <translation>cases act：承办的网格员（电话或 ID）；training add：参训网格员（每人一次）；review appeal：申诉的网格员；visits：走访的网格员。</translation>
    </message>
    <message>
        <source>cases act: the handling unit that takes the case (its name); training add: the trainer&apos;s unit; visits add: the building&apos;s unit (单元).</source>
        <translation>cases act：承办单位（名称）；training add：授课单位；visits add：楼栋的单元。</translation>
    </message>
    <message>
        <source>cases export, review payouts, report monthly: write an Excel workbook.</source>
        <translation>cases export、review payouts、report monthly：写出 Excel 工作簿。</translation>
    </message>
    <message>
        <source>review: the month reviewed; report monthly: the month reported.</source>
        <translation>review：考评月份；report monthly：月报月份。</translation>
    </message>
    <message>
        <source>cards, report monthly: the PDF file to write.</source>
        <translation>cards、report monthly：要写出的 PDF 文件。</translation>
    </message>
    <message>
        <source>visits add: the room (室) visited.</source>
        <translation>visits add：走访的房间（室）。</translation>
    </message>
    <message>
        <source>ROOM</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>visits add: the care household visited (its id).</source>
        <translation>visits add：走访的关爱对象（ID）。</translation>
    </message>
    <message>
        <source>visits add: whom the worker met.</source>
        <translation>visits add：走访对象。</translation>
    </message>
    <message>
        <source>WHO</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>visits add: what the visit found.</source>
        <translation>visits add：发现情况。</translation>
    </message>
    <message>
        <source>visits add: a JPEG or PNG photo of the visit (repeat for each, at most 6).</source>
        <translation>visits add：走访照片，JPEG 或 PNG（每张一次，最多 6 张）。</translation>
    </message>
    <message>
        <source>--at: &apos;%1&apos; is not a time written as &quot;YYYY-MM-DD HH:MM&quot;.</source>
        <translation>--at：“%1”不是 &quot;YYYY-MM-DD HH:MM&quot; 格式的时间。</translation>
    </message>
    <message>
        <source>--photo: %1 cannot be read (%2).</source>
        <translation>--photo：无法读取 %1（%2）。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>发现情况</translation>
    </message>
    <message>
        <source>--%1: no worker has the phone or id &apos;%2&apos;.</source>
        <translation>--%1：没有电话或 ID 为“%2”的网格员。</translation>
    </message>
    <message>
        <source>--worker is missing: name the worker who visited (phone or id).</source>
        <translation>缺少 --worker：请指定走访的网格员（电话或 ID）。</translation>
    </message>
    <message>
        <source>--grid is missing: name the grid of the visit (its code).</source>
        <translation>缺少 --grid：请指定走访所在网格（代码）。</translation>
    </message>
    <message>
        <source>Visits and patrols</source>
        <translation>走访巡查</translation>
    </message>
    <message>
        <source>Care households</source>
        <translation>关爱对象</translation>
    </message>
    <message>
        <source>import visits and patrols from a CSV file as --user LOGIN (columns 时间, 网格员, 网格, 类型, 楼栋, 单元, 房间, 地点, 走访对象, 发现情况, 备注, or --mapping &quot;at=日期;worker=走访人&quot;); a line imported before is skipped; prints a report of the lines refused and exits 2 when there are any (the others are imported) [--encoding E] [--json]</source>
        <translation>以 --user 登录名从 CSV 文件导入走访和巡查（列：时间、网格员、网格、类型、楼栋、单元、房间、地点、走访对象、发现情况、备注，或用 --mapping &quot;at=日期;worker=走访人&quot; 指定）；已导入过的行跳过；列出未导入的行，有未导入的行时退出码为 2（其余行照常导入）[--encoding E] [--json]</translation>
    </message>
    <message>
        <source>%1 line(s): %2 imported, %3 already there, %4 refused</source>
        <translation>共 %1 行：导入 %2 行，已有 %3 行，未导入 %4 行</translation>
    </message>
    <message>
        <source>line %1: %2: %3</source>
        <translation>第 %1 行：%2：%3</translation>
    </message>
    <message>
        <source>cases add: what happened; disputes add: what the dispute is about.</source>
        <translation>cases add：发生了什么；disputes add：纠纷简要情况。</translation>
    </message>
    <message>
        <source>cases act, conflicts settle-branch: the note kept with the action; visits add: a note on the visit; disputes act: a note on the step.</source>
        <translation>cases act、conflicts settle-branch：随操作保存的备注；visits add：走访备注；disputes act：本步骤的备注。</translation>
    </message>
    <message>
        <source>cases act callback: how it ended: reached (the default), unreachable (after the office&apos;s tries, each a callback_try), declined or not_needed (with --reason); disputes act session: agreed, continue (the default) or failed.</source>
        <translation>cases act callback：回访结果：reached（已联系，默认）、unreachable（按本单位次数尝试后无法联系，每次记一条 callback_try）、declined（拒绝回访）或 not_needed（无需回访，须带 --reason）；disputes act session：agreed（达成协议）、continue（继续调解，默认）或 failed（调解不成）。</translation>
    </message>
    <message>
        <source>cases act redirect: where the resident was guided: police_110, fire_119, medical_120, court, petition, other_district or other_hotline; disputes act refer: committee, police, court or petition.</source>
        <translation>cases act redirect：引导群众去往：police_110、fire_119、medical_120、court、petition、other_district 或 other_hotline；disputes act refer：committee（人民调解委员会）、police（派出所）、court（法院）或 petition（信访部门）。</translation>
    </message>
    <message>
        <source>visits add, disputes: when the visit was made, the dispute found or the step taken, Beijing time (default: now).</source>
        <translation>visits add、disputes：走访时间、纠纷发现时间或该步骤的时间，北京时间（默认：现在）。</translation>
    </message>
    <message>
        <source>visits add: where, when it is not a building: 小区北门, 菜市场; disputes act session: where it was held.</source>
        <translation>visits add：不是楼栋时的地点，如小区北门、菜市场；disputes act session：调解地点。</translation>
    </message>
    <message>
        <source>disputes: the risk level: low, medium or high.</source>
        <translation>disputes：风险等级：low（低）、medium（中）或 high（高）。</translation>
    </message>
    <message>
        <source>disputes add: how it was found: screening (the default), report or case.</source>
        <translation>disputes add：纠纷来源：screening（排查发现，默认）、report（群众反映）或 case（诉求转入）。</translation>
    </message>
    <message>
        <source>disputes add: the request the dispute came from (its number or id).</source>
        <translation>disputes add：纠纷来源的诉求（编号或 id）。</translation>
    </message>
    <message>
        <source>&quot;NAME,PHONE,ADDRESS&quot;</source>
        <translation>&quot;姓名,电话,住址&quot;</translation>
    </message>
    <message>
        <source>disputes add: who mediates: worker:PHONE, police:PHONE, lawyer:NAME, committee:NAME or other:NAME (repeat for each).</source>
        <translation>disputes add：调解人：worker:电话、police:电话、lawyer:姓名、committee:姓名 或 other:姓名（每人一次）。</translation>
    </message>
    <message>
        <source>KIND:WHO</source>
        <translation>类别:人员</translation>
    </message>
    <message>
        <source>disputes act settle: the mediation agreement&apos;s text.</source>
        <translation>disputes act settle：调解协议内容。</translation>
    </message>
    <message>
        <source>disputes act settle: the agreement&apos;s scan, JPEG, PNG or PDF (repeat for each).</source>
        <translation>disputes act settle：调解协议扫描件，JPEG、PNG 或 PDF（每个文件一次）。</translation>
    </message>
    <message>
        <source>disputes list: only those open, settled, referred or withdrawn.</source>
        <translation>disputes list：只列调解中（open）、调解成功（settled）、移交（referred）或撤回（withdrawn）的纠纷。</translation>
    </message>
    <message>
        <source>disputes list: only the high-risk disputes not reviewed yet.</source>
        <translation>disputes list：只列尚未研判的高风险纠纷。</translation>
    </message>
    <message>
        <source>--mediator: write KIND:WHO with KIND one of %1, not &apos;%2&apos;.</source>
        <translation>--mediator：请写成 类别:人员，类别为 %1 之一，而不是“%2”。</translation>
    </message>
    <message>
        <source>--file: %1 cannot be read (%2).</source>
        <translation>--file：无法读取 %1（%2）。</translation>
    </message>
    <message>
        <source>--grid is missing: name the grid of the dispute (its code).</source>
        <translation>缺少 --grid：请填写纠纷所在网格（网格编码）。</translation>
    </message>
    <message>
        <source>--case: there is no request &apos;%1&apos;.</source>
        <translation>--case：没有诉求“%1”。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not something done to a dispute; the actions are %2.</source>
        <translation>“%1”不是纠纷的操作；可用操作为 %2。</translation>
    </message>
    <message>
        <source>There is no dispute &apos;%1&apos;.</source>
        <translation>没有纠纷“%1”。</translation>
    </message>
    <message>
        <source>Done: %1 of %2.</source>
        <translation>完成：%2 的 %1。</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>化解结果</translation>
    </message>
    <message>
        <source>record a dispute in the ledger as --user LOGIN: --grid CODE --description TEXT --party &quot;NAME,PHONE,ADDRESS&quot; (repeat for each) [--kind K] [--risk low|medium|high] [--source screening|report|case] [--case NUMBER] [--at &quot;YYYY-MM-DD HH:MM&quot;] [--found-by PHONE|ID] [--mediator KIND:WHO, repeatable]; prints its id [--json]</source>
        <translation>以 --user 登录名把纠纷登记入台账：--grid 网格编码 --description 简要情况 --party &quot;姓名,电话,住址&quot;（每人一次）[--kind 类型] [--risk low|medium|high] [--source screening|report|case] [--case 诉求编号] [--at &quot;YYYY-MM-DD HH:MM&quot;] [--found-by 电话|ID] [--mediator 类别:人员，可重复]；输出其 id [--json]</translation>
    </message>
    <message>
        <source>carry a dispute on as --user LOGIN: session [--place P] [--result agreed|continue|failed], settle (--agreement TEXT | --file SCAN), refer --target committee|police|court|petition, withdraw, followup --note, review --note (a high-risk one, by a supervisor or the paired police officer) [--at &quot;YYYY-MM-DD HH:MM&quot;] [--note TEXT] [--json]</source>
        <translation>以 --user 登录名推进纠纷化解：session（调解记录）[--place 地点] [--result agreed|continue|failed]，settle（调解成功，--agreement 协议内容 | --file 扫描件），refer（移交）--target committee|police|court|petition，withdraw（撤回），followup（跟踪回访）--note，review（研判高风险纠纷，限主管或结对民警）--note [--at &quot;YYYY-MM-DD HH:MM&quot;] [--note 备注] [--json]</translation>
    </message>
    <message>
        <source>list the dispute ledger, newest first, the parties masked unless you keep the grid [--street|--community|--grid CODE] [--kind K] [--risk R] [--outcome open|settled|referred|withdrawn] [--awaiting-review] [--from DATE] [--to DATE] [--limit N, 0: all] [--json]</source>
        <translation>列出矛盾纠纷台账，最新的在前，非本网格人员看到的当事人信息打码 [--street|--community|--grid 编码] [--kind 类型] [--risk 风险] [--outcome open|settled|referred|withdrawn] [--awaiting-review] [--from 日期] [--to 日期] [--limit N，0 为全部] [--json]</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>矛盾纠纷</translation>
    </message>
    <message>
        <source>Grid work</source>
        <translation>网格工作</translation>
    </message>
    <message>
        <source>cases export: write reporters&apos; phone numbers in full; disputes ledger: the parties&apos; names, phones and addresses in full (an administrator only, as --user; recorded in the audit log).</source>
        <translation>cases export：导出诉求人完整电话号码；disputes ledger：当事人完整的姓名、电话和住址（仅限管理员，用 --user 登录；记入审计日志）。</translation>
    </message>
    <message>
        <source>--month YYYY-MM is missing: name the month of the ledger.</source>
        <translation>缺少 --month YYYY-MM：请填写台账的月份。</translation>
    </message>
    <message>
        <source>--pdf FILE or --xlsx FILE is missing: name what to write the ledger into.</source>
        <translation>缺少 --pdf 文件或 --xlsx 文件：请指定台账写入的文件。</translation>
    </message>
    <message numerus="yes">
        <source>The dispute ledger of %1 for %2: %n dispute(s) on %3 page(s) written to %4</source>
        <translation>
            <numerusform>%1 %2 的纠纷台账：%n 件纠纷，共 %3 页，已写入 %4</numerusform>
        </translation>
    </message>
    <message>
        <source>The dispute ledger written to %1</source>
        <translation>纠纷台账已写入 %1</translation>
    </message>
    <message>
        <source>the month&apos;s dispute ledger as offices file it, one row per dispute worked in --month YYYY-MM, into --pdf OUT (A4 landscape) and/or --xlsx OUT, the parties masked [--street|--community|--grid CODE] [--full-phones --user ADMIN: in full, recorded in the audit log]</source>
        <translation>按单位存档格式输出 --month YYYY-MM 的矛盾纠纷台账（当月办理的每件纠纷一行），写入 --pdf 文件（A4 横向）和/或 --xlsx 文件，当事人信息打码 [--street|--community|--grid 编码] [--full-phones --user 管理员：完整信息，记入审计日志]</translation>
    </message>
    <message>
        <source>%1: give one of --street, --community and --grid.</source>
        <translation>%1：--street、--community、--grid 只能选一个。</translation>
    </message>
    <message>
        <source>cases act supervise: normal, yellow or red; meetings: street, community or grid.</source>
        <translation>cases act supervise：normal、yellow 或 red；meetings：street（街道）、community（社区）或 grid（网格）。</translation>
    </message>
    <message>
        <source>training add: what the session was about; meetings add: the agenda.</source>
        <translation>training add：培训主题；meetings add：会商议题。</translation>
    </message>
    <message>
        <source>joint: the police grid (警格) by its code.</source>
        <translation>joint：警格编码。</translation>
    </message>
    <message>
        <source>joint add, meetings add: someone who took part, by phone or id in the people register, else a name (repeat for each).</source>
        <translation>joint add、meetings add：参加人员，填人员库中的电话或编号，否则填姓名（每人一次）。</translation>
    </message>
    <message>
        <source>joint add: a dispute the joint work dealt with, by id (repeat for each).</source>
        <translation>joint add：联动处理的纠纷编号（每件一次）。</translation>
    </message>
    <message>
        <source>meetings add: the issues judged.</source>
        <translation>meetings add：研判事项。</translation>
    </message>
    <message>
        <source>meetings add: what was decided.</source>
        <translation>meetings add：会商决定。</translation>
    </message>
    <message>
        <source>meetings add: a follow-up task, its owner (phone or id) and its due day (repeat for each).</source>
        <translation>meetings add：跟踪任务、责任人（电话或编号）和完成时限（每项一次）。</translation>
    </message>
    <message>
        <source>&quot;TEXT;OWNER;YYYY-MM-DD&quot;</source>
        <translation>&quot;任务;责任人;YYYY-MM-DD&quot;</translation>
    </message>
    <message>
        <source>joint team: add this person (phone or id) to the grid&apos;s team.</source>
        <translation>joint team：把此人（电话或编号）加入网格队伍。</translation>
    </message>
    <message>
        <source>joint team: the member is a volunteer, building_leader or party_member.</source>
        <translation>joint team：成员身份 volunteer（志愿者）、building_leader（楼组长）或 party_member（党员）。</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>joint team: take this person (phone or id) off the grid&apos;s team.</source>
        <translation>joint team：把此人（电话或编号）移出网格队伍。</translation>
    </message>
    <message>
        <source>meetings tasks: only the tasks not done yet.</source>
        <translation>meetings tasks：只列未办结的任务。</translation>
    </message>
    <message>
        <source>record a police–grid joint activity as --user LOGIN: --police-grid CODE --grid CODE (repeat for each grid) --kind gather|mediate|screen|incident|patrol --description TEXT [--at &quot;YYYY-MM-DD HH:MM&quot;] [--person PHONE|ID|NAME, repeatable] [--case NUMBER, repeatable] [--dispute ID, repeatable] [--note TEXT]; prints its id [--json]</source>
        <translation>以 --user 登录名登记警网联动：--police-grid 警格编码 --grid 网格编码（每个网格一次）--kind gather|mediate|screen|incident|patrol --description 内容 [--at &quot;YYYY-MM-DD HH:MM&quot;] [--person 电话|编号|姓名，可重复] [--case 诉求编号，可重复] [--dispute 纠纷编号，可重复] [--note 备注]；输出其编号 [--json]</translation>
    </message>
    <message>
        <source>list police–grid joint activities, newest first [--street|--community|--grid CODE] [--police-grid CODE] [--kind K] [--from DATE] [--to DATE] [--limit N, 0: all] [--json]</source>
        <translation>列出警网联动记录，最新在前 [--street|--community|--grid 编码] [--police-grid 编码] [--kind 类型] [--from 日期] [--to 日期] [--limit N，0 为全部] [--json]</translation>
    </message>
    <message>
        <source>a grid&apos;s 1+1+N team: its police-grid head, grid head and residents --grid CODE; as --user LOGIN add one with --member PHONE|ID --role volunteer|building_leader|party_member or take one off with --remove PHONE|ID [--json]</source>
        <translation>网格的“1+1+N”队伍：警格长、网格长和群众力量 --grid 编码；以 --user 登录名用 --member 电话|编号 --role volunteer|building_leader|party_member 加入，或用 --remove 电话|编号 移出 [--json]</translation>
    </message>
    <message>
        <source>record a police–grid joint meeting as --user LOGIN: --level street|community|grid with --street, --community or --grid CODE, --topic TEXT [--issues TEXT] [--decisions TEXT] [--at &quot;YYYY-MM-DD HH:MM&quot;] [--person PHONE|ID|NAME, repeatable] [--task &quot;TEXT;OWNER;YYYY-MM-DD&quot;, repeatable] [--note TEXT]; prints its id [--json]</source>
        <translation>以 --user 登录名登记警网联席会商：--level street|community|grid 及 --street、--community 或 --grid 编码，--topic 议题 [--issues 研判事项] [--decisions 会商决定] [--at &quot;YYYY-MM-DD HH:MM&quot;] [--person 电话|编号|姓名，可重复] [--task &quot;任务;责任人;YYYY-MM-DD&quot;，可重复] [--note 备注]；输出其编号 [--json]</translation>
    </message>
    <message>
        <source>list police–grid joint meetings, newest first [--street|--community|--grid CODE] [--level L] [--from DATE] [--to DATE] [--limit N, 0: all] [--json]</source>
        <translation>列出警网联席会商，最新在前 [--street|--community|--grid 编码] [--level 层级] [--from 日期] [--to 日期] [--limit N，0 为全部] [--json]</translation>
    </message>
    <message>
        <source>list the joint meetings&apos; follow-up tasks, soonest due first [--street|--community|--grid CODE] [--open-only] [--json]</source>
        <translation>列出联席会商的跟踪任务，时限最近的在前 [--street|--community|--grid 编码] [--open-only] [--json]</translation>
    </message>
    <message>
        <source>carry a meeting&apos;s task on as --user LOGIN: done [--at &quot;YYYY-MM-DD HH:MM&quot;] [--note TEXT], or case --category CODE [--grid CODE] [--description TEXT] (a request found proactively, credited to the task&apos;s owner) [--json]</source>
        <translation>以 --user 登录名办理会商任务：done [--at &quot;YYYY-MM-DD HH:MM&quot;] [--note 备注] 办结，或 case --category 分类编码 [--grid 网格编码] [--description 内容] 登记为主动发现的诉求（记在任务责任人名下）[--json]</translation>
    </message>
    <message>
        <source>--police-grid: no police grid in %1 has the code &apos;%2&apos;.</source>
        <translation>--police-grid：%1 中没有编码为“%2”的警格。</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>工作内容</translation>
    </message>
    <message>
        <source>--grid is missing: name the grid whose team it is (its code).</source>
        <translation>缺少 --grid：请写明队伍所属网格（编码）。</translation>
    </message>
    <message>
        <source>--role is missing: the member is a %1.</source>
        <translation>缺少 --role：成员身份为 %1 之一。</translation>
    </message>
    <message>
        <source>%1: no one in the people register has the phone or id &apos;%2&apos;.</source>
        <translation>%1：人员库中没有电话或编号为“%2”的人。</translation>
    </message>
    <message>
        <source>--remove: &apos;%1&apos; is not on the grid&apos;s team.</source>
        <translation>--remove：“%1”不在该网格队伍中。</translation>
    </message>
    <message>
        <source>%1 — police-grid head: %2 (%3); grid head: %4</source>
        <translation>%1 — 警格长：%2（%3）；网格长：%4</translation>
    </message>
    <message>
        <source>--task: write &quot;TEXT;OWNER;YYYY-MM-DD&quot; with the owner&apos;s phone or id, not &apos;%1&apos;.</source>
        <translation>--task：请写成“任务;责任人电话或编号;YYYY-MM-DD”，而不是“%1”。</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>议题</translation>
    </message>
    <message>
        <source>Tasks done</source>
        <translation>任务办结</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>诉求</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not something done to a task; the actions are done and case.</source>
        <translation>“%1”不是任务的办理方式；可用 done 和 case。</translation>
    </message>
    <message>
        <source>There is no task &apos;%1&apos;.</source>
        <translation>没有任务“%1”。</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>已办结：%1。</translation>
    </message>
    <message>
        <source>The task %1 is the request %2.</source>
        <translation>任务 %1 已登记为诉求 %2。</translation>
    </message>
    <message>
        <source>All police grids</source>
        <translation>全部警格</translation>
    </message>
    <message>
        <source>Joint activities / meetings</source>
        <translation>警网联动 / 联席会商</translation>
    </message>
    <message>
        <source>disputes add: a party to the dispute, its phone and address optional (repeat for each); councils add: the number of party members who attended.</source>
        <translation>disputes add：纠纷当事人，电话和地址可省略（每人一次）；councils add：参会党员人数。</translation>
    </message>
    <message>
        <source>councils add: residents&apos; representatives who attended.</source>
        <translation>councils add：参会居民代表人数。</translation>
    </message>
    <message>
        <source>councils add: building leaders and grid heads who attended.</source>
        <translation>councils add：参会楼组长、网格长人数。</translation>
    </message>
    <message>
        <source>councils add: people of the property company who attended.</source>
        <translation>councils add：参会物业人员人数。</translation>
    </message>
    <message>
        <source>councils add: community staff who attended.</source>
        <translation>councils add：参会社区工作者人数。</translation>
    </message>
    <message>
        <source>councils add: others who attended.</source>
        <translation>councils add：其他参会人数。</translation>
    </message>
    <message>
        <source>councils add: the positions voiced.</source>
        <translation>councils add：各方意见。</translation>
    </message>
    <message>
        <source>councils add: what was resolved.</source>
        <translation>councils add：议事结果。</translation>
    </message>
    <message>
        <source>councils add: the title of a rule adopted.</source>
        <translation>councils add：形成的规约名称。</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>councils add: the text of the rule adopted.</source>
        <translation>councils add：形成的规约内容。</translation>
    </message>
    <message>
        <source>councils list: only the meetings that adopted a rule.</source>
        <translation>councils list：只列形成规约的议事。</translation>
    </message>
    <message>
        <source>--%1: write a number, not &apos;%2&apos;.</source>
        <translation>--%1：请填写数字，而不是“%2”。</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>议题</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>参会人数</translation>
    </message>
    <message>
        <source>Rule adopted</source>
        <translation>形成规约</translation>
    </message>
    <message>
        <source>record a residents&apos; council (or a grid self-management committee, --kind self_management --grid CODE) as --user LOGIN: --community CODE --topic TEXT and who attended by role (--residents N --party N --leaders N --property N --staff N --others N) [--at &quot;YYYY-MM-DD HH:MM&quot;] [--place P] [--positions TEXT] [--resolution TEXT] [--rule-title T --rule TEXT] [--case NUMBER, repeatable]; prints its id [--json]</source>
        <translation>以 --user 登录名登记居民议事会（网格自管会用 --kind self_management --grid 编码）：--community 社区编码 --topic 议题，按身份填写参会人数（--residents N --party N --leaders N --property N --staff N --others N）[--at &quot;YYYY-MM-DD HH:MM&quot;] [--place 地点] [--positions 各方意见] [--resolution 议事结果] [--rule-title 名称 --rule 内容] [--case 诉求编号，可重复]；输出其编号 [--json]</translation>
    </message>
    <message>
        <source>list residents&apos; councils and self-management committees, newest first [--street|--community|--grid CODE] [--kind council|self_management] [--with-rule] [--from DATE] [--to DATE] [--limit N, 0: all] [--json]</source>
        <translation>列出居民议事会和网格自管会，最新在前 [--street|--community|--grid 编码] [--kind council|self_management] [--with-rule] [--from 日期] [--to 日期] [--limit N，0 为全部] [--json]</translation>
    </message>
    <message>
        <source>volunteers teams add: the team&apos;s leader (phone or id).</source>
        <translation>volunteers teams add：队长（电话或编号）。</translation>
    </message>
    <message>
        <source>volunteers services: the volunteer team (its name or id).</source>
        <translation>volunteers services：志愿服务队（名称或编号）。</translation>
    </message>
    <message>
        <source>TEAM</source>
        <translation>服务队</translation>
    </message>
    <message>
        <source>volunteers services add: the hours each volunteer served (0.5 to 24).</source>
        <translation>volunteers services add：每名志愿者的服务时长（0.5 至 24 小时）。</translation>
    </message>
    <message>
        <source>H</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>volunteers services add: the households served.</source>
        <translation>volunteers services add：服务户数。</translation>
    </message>
    <message>
        <source>make a volunteer team as --user LOGIN: --name NAME --community CODE (or --grid CODE for a grid&apos;s team) [--leader PHONE|ID] [--member PHONE|ID, repeatable: a volunteer, building leader or party member] [--note TEXT]; prints its id [--json]</source>
        <translation>以 --user 登录名建立志愿服务队：--name 名称 --community 社区编码（网格服务队用 --grid 网格编码）[--leader 电话|编号] [--member 电话|编号，可重复：志愿者、楼组长或党员] [--note 备注]；输出其编号 [--json]</translation>
    </message>
    <message>
        <source>list the volunteer teams and their members [--community CODE] [--json]</source>
        <translation>列出志愿服务队及其队员 [--community 编码] [--json]</translation>
    </message>
    <message>
        <source>record a volunteer service as --user LOGIN: --team NAME|ID --grid CODE --kind NAME (a new one joins the office&apos;s list) --hours H (each volunteer&apos;s) --person PHONE|ID (repeat for each who served) [--households N] [--at &quot;YYYY-MM-DD HH:MM&quot;] [--description TEXT] [--note TEXT]; prints its id [--json]</source>
        <translation>以 --user 登录名登记志愿服务：--team 名称|编号 --grid 网格编码 --kind 类别（新类别加入本单位列表）--hours 每人时长 --person 电话|编号（每名参加者一次）[--households 户数] [--at &quot;YYYY-MM-DD HH:MM&quot;] [--description 内容] [--note 备注]；输出其编号 [--json]</translation>
    </message>
    <message>
        <source>list volunteer services, newest first [--street|--community|--grid CODE] [--team NAME|ID] [--person PHONE|ID] [--from DATE] [--to DATE] [--limit N, 0: all] [--json]</source>
        <translation>列出志愿服务，最新在前 [--street|--community|--grid 编码] [--team 名称|编号] [--person 电话|编号] [--from 日期] [--to 日期] [--limit N，0 为全部] [--json]</translation>
    </message>
    <message>
        <source>volunteer services, hours and households served per team, person or kind (--by team|person|kind) [--street|--community|--grid CODE] [--from DATE] [--to DATE] [--json]</source>
        <translation>按服务队、志愿者或类别统计服务次数、时长和服务户数（--by team|person|kind）[--street|--community|--grid 编码] [--from 日期] [--to 日期] [--json]</translation>
    </message>
    <message>
        <source>a volunteer&apos;s hours statement: --person PHONE|ID --from DATE --to DATE, every service and the total, printed to --pdf OUT [--json]</source>
        <translation>志愿者的服务时长证明：--person 电话|编号 --from 日期 --to 日期，列出每次服务和合计，输出到 --pdf 文件 [--json]</translation>
    </message>
    <message>
        <source>--member: no one in the people register has the phone or id &apos;%1&apos;; the team was made without them.</source>
        <translation>--member：人员库中没有电话或编号为“%1”的人；服务队已建立，未加入此人。</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>服务队</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>队员数</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>队员</translation>
    </message>
    <message>
        <source>--hours: write the hours each volunteer served (0.5 to 24), not &apos;%1&apos;.</source>
        <translation>--hours：请填写每名志愿者的服务时长（0.5 至 24），而不是“%1”。</translation>
    </message>
    <message>
        <source>--households: write a number, not &apos;%1&apos;.</source>
        <translation>--households：请填写数字，而不是“%1”。</translation>
    </message>
    <message>
        <source>--team: no volunteer team is named &apos;%1&apos;.</source>
        <translation>--team：没有名为“%1”的志愿服务队。</translation>
    </message>
    <message>
        <source>--person: no one in the people register has the phone or id &apos;%1&apos;.</source>
        <translation>--person：人员库中没有电话或编号为“%1”的人。</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>服务户数</translation>
    </message>
    <message>
        <source>--by: team, person or kind, not &apos;%1&apos;.</source>
        <translation>--by：team、person 或 kind，而不是“%1”。</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务次数</translation>
    </message>
    <message>
        <source>--from and --to: the period&apos;s first and last day, YYYY-MM-DD.</source>
        <translation>--from 和 --to：统计期的首日和末日，YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>--person is missing: the volunteer&apos;s phone or id.</source>
        <translation>缺少 --person：志愿者的电话或编号。</translation>
    </message>
    <message>
        <source>%1: %2 service(s), %3 hours from %4 to %5.</source>
        <translation>%1：%4 至 %5 服务 %2 次，共 %3 小时。</translation>
    </message>
    <message>
        <source>training orders add: the need ordered; training sessions add: a need the session answers (repeatable).</source>
        <translation>training orders add：点单的培训需求；training sessions add：本场培训对应的培训需求（可重复）。</translation>
    </message>
    <message>
        <source>training sessions add: the expert who taught.</source>
        <translation>training sessions add：授课专家。</translation>
    </message>
    <message>
        <source>training sessions add: a file handed out (repeatable).</source>
        <translation>training sessions add：发放的培训资料文件（可重复）。</translation>
    </message>
    <message>
        <source>training evaluate: the attendee&apos;s score, 1 to 5.</source>
        <translation>training evaluate：参训人员的评分，1 到 5。</translation>
    </message>
    <message>
        <source>training evaluate: the session&apos;s id.</source>
        <translation>training evaluate：培训场次的 ID。</translation>
    </message>
    <message>
        <source>exemplary add: the residents&apos; council written up.</source>
        <translation>exemplary add：撰写案例所依据的居民议事会。</translation>
    </message>
    <message>
        <source>exemplary add: the volunteer service written up.</source>
        <translation>exemplary add：撰写案例所依据的志愿服务。</translation>
    </message>
    <message>
        <source>exemplary add: the write-up&apos;s title; ideas add: the idea&apos;s name.</source>
        <translation>exemplary add：案例材料的标题；ideas add：金点子名称。</translation>
    </message>
    <message>
        <source>exemplary add: the background.</source>
        <translation>exemplary add：背景。</translation>
    </message>
    <message>
        <source>exemplary add: what the worker did.</source>
        <translation>exemplary add：主要做法。</translation>
    </message>
    <message>
        <source>exemplary add: the result.</source>
        <translation>exemplary add：成效。</translation>
    </message>
    <message>
        <source>exemplary add: what others can learn.</source>
        <translation>exemplary add：经验启示。</translation>
    </message>
    <message>
        <source>exemplary booklet: the OpenDocument text (.odt) to write.</source>
        <translation>exemplary booklet：要写出的 OpenDocument 文本文件（.odt）。</translation>
    </message>
    <message>
        <source>ideas add: where the idea is in use.</source>
        <translation>ideas add：金点子的应用范围。</translation>
    </message>
    <message>
        <source>ideas visit: who visited.</source>
        <translation>ideas visit：观摩人员。</translation>
    </message>
    <message>
        <source>ideas visit: what the visitors said.</source>
        <translation>ideas visit：观摩人员的点评意见。</translation>
    </message>
    <message>
        <source>ideas visit: the second refinement the street made of the idea.</source>
        <translation>ideas visit：观摩街道对金点子所作的二次提炼。</translation>
    </message>
    <message>
        <source>Name what is written up with one of --case NUMBER, --dispute ID, --council ID and --service ID.</source>
        <translation>请用 --case NUMBER、--dispute ID、--council ID 或 --service ID 之一指明撰写案例所依据的事项。</translation>
    </message>
    <message>
        <source>--case: no request has the number or id %1.</source>
        <translation>--case：没有编号或 ID 为 %1 的诉求。</translation>
    </message>
    <message>
        <source>Write-up approved.</source>
        <translation>案例材料已审核通过。</translation>
    </message>
    <message>
        <source>--state: draft or approved, not &apos;%1&apos;.</source>
        <translation>--state：应为 draft 或 approved，而不是“%1”。</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>--year is missing: the booklet&apos;s year, such as 2026.</source>
        <translation>缺少 --year：汇编的年份，例如 2026。</translation>
    </message>
    <message>
        <source>--pdf OUT or --odt OUT: where to write the booklet.</source>
        <translation>--pdf OUT 或 --odt OUT：汇编的输出位置。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n write-up(s)</source>
        <translation>
            <numerusform>%1：共 %n 篇案例材料</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n page(s).</source>
        <translation>
            <numerusform>，共 %n 页。</numerusform>
        </translation>
    </message>
    <message>
        <source>Training orders / evaluations</source>
        <translation>培训点单 / 评价</translation>
    </message>
    <message>
        <source>Exemplary write-ups (approved)</source>
        <translation>优秀案例材料（已审核）</translation>
    </message>
    <message>
        <source>Good ideas / adoptions</source>
        <translation>金点子 / 采纳</translation>
    </message>
    <message>
        <source>the training needs with a year&apos;s orders and the sessions that answered them [--year YYYY, default this year] [--json]</source>
        <translation>列出培训需求及其一年内的点单和已覆盖它们的培训场次 [--year YYYY，默认今年] [--json]</translation>
    </message>
    <message>
        <source>a year&apos;s training orders, newest first [--year YYYY] [--community CODE] [--json]</source>
        <translation>列出一年内的培训点单，最新的在前 [--year YYYY] [--community CODE] [--json]</translation>
    </message>
    <message>
        <source>record a training session as --user LOGIN (a supervisor): --date YYYY-MM-DD --topic TEXT --worker PHONE|ID (repeat for each attendee) [--need NAME, repeatable] [--expert NAME] [--unit THE EXPERT&apos;S UNIT] [--material FILE, repeatable] [--note TEXT]; the review counts it [--json]</source>
        <translation>以 --user LOGIN（负责人）身份记录培训场次：--date YYYY-MM-DD --topic TEXT --worker PHONE|ID（每名参训人员写一次）[--need NAME，可重复] [--expert NAME] [--unit THE EXPERT&apos;S UNIT（专家所在单位）] [--material FILE，可重复] [--note TEXT]；计入考评 [--json]</translation>
    </message>
    <message>
        <source>a year&apos;s training sessions with their needs, attendance and average evaluation [--year YYYY] [--json]</source>
        <translation>列出一年内的培训场次及其对应培训需求、参训情况和平均评分 [--year YYYY] [--json]</translation>
    </message>
    <message>
        <source>record an attendee&apos;s evaluation of a session as --user LOGIN: --session ID --worker PHONE|ID --score 1-5 [--text COMMENT]</source>
        <translation>以 --user LOGIN 身份记录参训人员对培训场次的评价：--session ID --worker PHONE|ID --score 1-5 [--text COMMENT]</translation>
    </message>
    <message>
        <source>a worker&apos;s training history: --worker PHONE|ID --from DATE --to DATE, every session attended, printed to --pdf OUT [--json]</source>
        <translation>网格员的培训记录：--worker PHONE|ID --from DATE --to DATE，列出参加的每场培训，打印到 --pdf OUT [--json]</translation>
    </message>
    <message>
        <source>write up an exemplary case as --user LOGIN (a supervisor): one of --case NUMBER, --dispute ID, --council ID, --service ID, and --actions TEXT (what the worker did) [--title T] [--category C] [--background TEXT] [--effect TEXT] [--lessons TEXT] [--worker PHONE|ID] [--photo FILE, repeatable]; prints its id [--json]</source>
        <translation>以 --user LOGIN（负责人）身份撰写优秀案例：--case NUMBER、--dispute ID、--council ID、--service ID 四者之一，以及 --actions TEXT（主要做法）[--title T] [--category C] [--background TEXT] [--effect TEXT] [--lessons TEXT] [--worker PHONE|ID] [--photo FILE，可重复]；输出其 ID [--json]</translation>
    </message>
    <message>
        <source>approve a write-up as --user LOGIN (a supervisor)</source>
        <translation>以 --user LOGIN（负责人）身份审核通过案例材料</translation>
    </message>
    <message>
        <source>list write-ups, newest first [--year YYYY] [--street|--community CODE] [--state draft|approved] [--search TEXT] [--limit N, 0: all] [--json]</source>
        <translation>列出案例材料，最新的在前 [--year YYYY] [--street|--community CODE] [--state draft|approved] [--search TEXT] [--limit N，0 为全部] [--json]</translation>
    </message>
    <message>
        <source>the year&apos;s booklet of approved write-ups: --year YYYY [--street|--community CODE] --pdf OUT and/or --odt OUT (OpenDocument, opened by Word and WPS) [--json: its contents with page numbers]</source>
        <translation>已审核案例材料的年度汇编：--year YYYY [--street|--community CODE] --pdf OUT 和/或 --odt OUT（OpenDocument 格式，可用 Word 和 WPS 打开）[--json：输出目录及页码]</translation>
    </message>
    <message>
        <source>the good ideas with their visits and adoptions, newest first [--year YYYY] [--json]</source>
        <translation>列出金点子及其观摩和采纳情况，最新的在前 [--year YYYY] [--json]</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Good idea</source>
        <translation>金点子</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>观摩次数</translation>
    </message>
    <message>
        <source>Adopted by</source>
        <translation>采纳街道</translation>
    </message>
    <message>
        <source>--year: write a year such as 2026, not &apos;%1&apos;.</source>
        <translation>--year：请写年份，例如 2026，而不是“%1”。</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未覆盖</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Training needs in %1:</source>
        <translation>%1年培训需求：</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>培训需求</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>点单数</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>场次</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>覆盖情况</translation>
    </message>
    <message>
        <source>--material: %1 cannot be read: %2</source>
        <translation>--material：无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>培训需求</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>授课专家</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>授课单位</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>--score: a number from 1 to 5, not &apos;%1&apos;.</source>
        <translation>--score：应为 1 到 5 的数字，而不是“%1”。</translation>
    </message>
    <message>
        <source>Evaluation recorded.</source>
        <translation>评价已记录。</translation>
    </message>
    <message>
        <source>--worker is missing: the worker&apos;s phone or id.</source>
        <translation>缺少 --worker：网格员的电话或 ID。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n session(s) from %2 to %3.</source>
        <translation>
            <numerusform>%1：%2 至 %3 共参加培训 %n 场。</numerusform>
        </translation>
    </message>
    <message>
        <source>add a training need to the office&apos;s list as --user LOGIN: --name NAME; prints its id [--json]</source>
        <translation>以 --user LOGIN 身份把一项培训需求加入本单位的需求清单：--name NAME；输出其 ID [--json]</translation>
    </message>
    <message>
        <source>order a training need for a worker as --user LOGIN: --worker PHONE|ID --need NAME (a new one joins the list) [--date YYYY-MM-DD] [--note TEXT]; ordered again in the year, the note changes; prints its id [--json]</source>
        <translation>以 --user LOGIN 身份为网格员点单一项培训需求：--worker PHONE|ID --need NAME（新需求会加入清单）[--date YYYY-MM-DD] [--note TEXT]；同一年内再次点单则更新备注；输出其 ID [--json]</translation>
    </message>
    <message>
        <source>record a street&apos;s good idea as --user LOGIN (a supervisor): --street CODE --title NAME [--description TEXT] [--used-where TEXT] [--date YYYY-MM-DD]; prints its id [--json]</source>
        <translation>以 --user LOGIN（负责人）身份记录街道提出的金点子：--street CODE --title NAME [--description TEXT] [--used-where TEXT] [--date YYYY-MM-DD]；输出其 ID [--json]</translation>
    </message>
    <message>
        <source>record an observation visit to an idea as --user LOGIN: --visitors WHO [--street CODE of the visitors] [--date YYYY-MM-DD] [--comments TEXT] [--refinement TEXT] [--json]</source>
        <translation>以 --user LOGIN 身份记录对金点子的交叉观摩：--visitors WHO [--street CODE（观摩人员所在街道）] [--date YYYY-MM-DD] [--comments TEXT] [--refinement TEXT] [--json]</translation>
    </message>
    <message>
        <source>mark an idea adopted by a street as --user LOGIN: --street CODE [--date YYYY-MM-DD] [--note TEXT] [--json]</source>
        <translation>以 --user LOGIN 身份登记金点子被街道采纳：--street CODE [--date YYYY-MM-DD] [--note TEXT] [--json]</translation>
    </message>
    <message>
        <source>take back an adoption recorded by mistake as --user LOGIN: --street CODE</source>
        <translation>以 --user LOGIN 撤回误登记的采纳：--street CODE</translation>
    </message>
    <message>
        <source>Adoption withdrawn.</source>
        <translation>已撤回采纳。</translation>
    </message>
    <message>
        <source>--street: that street has not adopted this idea.</source>
        <translation>--street：该街道未采纳这条金点子。</translation>
    </message>
    <message>
        <source>--session is missing: the session&apos;s id (training sessions list shows it).</source>
        <translation>缺少 --session：培训场次的 ID（training sessions list 可查看）。</translation>
    </message>
    <message>
        <source>Total</source>
        <comment>the sum of a row&apos;s counts</comment>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>gdhub</name>
    <message>
        <source>Unexpected arguments: %1</source>
        <translation>多余的参数：%1</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>枢纽</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>密钥指纹</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>hub %1, file %2</source>
        <translation>枢纽 %1，文件 %2</translation>
    </message>
    <message>
        <source>--out: name the key file to write.</source>
        <translation>--out：请指定要写入的密钥文件。</translation>
    </message>
    <message>
        <source>Wrote %1 (fingerprint %2).</source>
        <translation>已写入 %1（指纹 %2）。</translation>
    </message>
    <message>
        <source>Name the packages to ingest.</source>
        <translation>请指定要接收的数据包。</translation>
    </message>
    <message>
        <source>%1 (from %2): ingested before, nothing changed.</source>
        <translation>%1（来自 %2）：此前已接收，没有变化。</translation>
    </message>
    <message>
        <source>%1 (from %2): %3 added, %4 updated, %5 unchanged, %6 conflicts.</source>
        <translation>%1（来自 %2）：新增 %3，更新 %4，未变 %5，冲突 %6。</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>没有待处理的冲突。</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>保留的值</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>被替换的值</translation>
    </message>
    <message>
        <source>Set aside from</source>
        <translation>被替换值的来源</translation>
    </message>
    <message>
        <source>Give the office&apos;s key as --key FILE or --package PKG (one of them).</source>
        <translation>请用 --key 文件 或 --package 数据包（二选一）给出该单位的密钥。</translation>
    </message>
    <message>
        <source>The package %1 carries no office key.</source>
        <translation>数据包 %1 中没有单位密钥。</translation>
    </message>
    <message>
        <source>The hub now takes packages from %1 (%2), area %3.</source>
        <translation>枢纽现在接收 %1（%2）的数据包，范围 %3。</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>信任时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>--fingerprint: name the office whose trust to withdraw.</source>
        <translation>--fingerprint：请指定要撤销信任的单位。</translation>
    </message>
    <message>
        <source>The hub no longer takes packages signed with %1.</source>
        <translation>枢纽不再接收以 %1 签名的数据包。</translation>
    </message>
    <message>
        <source>One of the commands above.</source>
        <translation>上面列出的命令之一。</translation>
    </message>
    <message>
        <source>The hub&apos;s PostgreSQL connection string.</source>
        <translation>枢纽的 PostgreSQL 连接串。</translation>
    </message>
    <message>
        <source>Messages in zh_CN or en.</source>
        <translation>提示语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <source>The hub&apos;s name (init).</source>
        <translation>枢纽名称（init 用）。</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>要写入的文件。</translation>
    </message>
    <message>
        <source>An office&apos;s public key file.</source>
        <translation>单位的公钥文件。</translation>
    </message>
    <message>
        <source>A package carrying the office&apos;s key.</source>
        <translation>带有该单位密钥的数据包。</translation>
    </message>
    <message>
        <source>The key&apos;s fingerprint, as read out.</source>
        <translation>对方读出的密钥指纹。</translation>
    </message>
    <message>
        <source>district, street:CODE, community:CODE or grid:CODE.</source>
        <translation>district、street:代码、community:代码 或 grid:代码。</translation>
    </message>
    <message>
        <source>Name a command; --help lists them.</source>
        <translation>请给出命令；--help 列出全部命令。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a command; --help lists them.</source>
        <translation>“%1”不是命令；--help 列出全部命令。</translation>
    </message>
    <message>
        <source>--for: name the office the package is for (its name, site or fingerprint).</source>
        <translation>--for：请指定数据包发给哪个单位（名称、站点或指纹）。</translation>
    </message>
    <message>
        <source>--out: name the package file to write.</source>
        <translation>--out：请指定要写入的数据包文件。</translation>
    </message>
    <message>
        <source>Wrote %1 for %2: %3 rows the office has not confirmed holding.</source>
        <translation>已为 %2 写入 %1：%3 行该单位尚未确认持有的记录。</translation>
    </message>
    <message>
        <source>The office a package is for.</source>
        <translation>数据包发给的单位。</translation>
    </message>
    <message>
        <source>stats: give one of --street, --community and --grid.</source>
        <translation>stats：--street、--community 和 --grid 只能给出其中一个。</translation>
    </message>
    <message>
        <source>The period&apos;s first day (stats).</source>
        <translation>统计期的第一天（stats）。</translation>
    </message>
    <message>
        <source>The period&apos;s last day (stats).</source>
        <translation>统计期的最后一天（stats）。</translation>
    </message>
    <message>
        <source>A street&apos;s code (stats).</source>
        <translation>街道代码（stats）。</translation>
    </message>
    <message>
        <source>A community&apos;s code (stats).</source>
        <translation>社区代码（stats）。</translation>
    </message>
    <message>
        <source>A grid&apos;s code (stats).</source>
        <translation>网格代码（stats）。</translation>
    </message>
    <message>
        <source>The breakdown (stats): street, community, grid…</source>
        <translation>分组方式（stats）：street、community、grid…</translation>
    </message>
    <message>
        <source>received or completed (stats).</source>
        <translation>received（按受理）或 completed（按办结）（stats）。</translation>
    </message>
    <message>
        <source>--street: the hub holds no street with the code &apos;%1&apos;.</source>
        <translation>--street：枢纽中没有代码为“%1”的街道。</translation>
    </message>
    <message>
        <source>--community: the hub holds no community with the code &apos;%1&apos;.</source>
        <translation>--community：枢纽中没有代码为“%1”的社区。</translation>
    </message>
    <message>
        <source>--grid: the hub holds no grid with the code &apos;%1&apos;.</source>
        <translation>--grid：枢纽中没有代码为“%1”的网格。</translation>
    </message>
    <message>
        <source>report: give one of --street and --community.</source>
        <translation>report：--street 和 --community 只能给一个。</translation>
    </message>
    <message>
        <source>--grid: a monthly report is for the hub, a street or a community, not a grid.</source>
        <translation>--grid：月报按整个枢纽、街道或社区出具，不按网格。</translation>
    </message>
    <message>
        <source>--month YYYY-MM is missing: name the month of the report.</source>
        <translation>缺少 --month 年-月：请指定月报的月份。</translation>
    </message>
    <message>
        <source>--pdf FILE is missing: name the PDF file to write the report into.</source>
        <translation>缺少 --pdf 文件：请指定写入月报的 PDF 文件。</translation>
    </message>
    <message numerus="yes">
        <source>The report of %1 for %2 (%n page(s)) written to %3</source>
        <translation>
            <numerusform>%1 %2 的月报（%n 页）已写入 %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Its tables written to %1</source>
        <translation>其表格已写入 %1</translation>
    </message>
    <message>
        <source>The report&apos;s month (report).</source>
        <translation>月报的月份（report）。</translation>
    </message>
    <message>
        <source>The PDF file to write (report).</source>
        <translation>要写入的 PDF 文件（report）。</translation>
    </message>
    <message>
        <source>The workbook to write (report).</source>
        <translation>要写入的 Excel 工作簿（report）。</translation>
    </message>
    <message>
        <source>conflicts resolve: give the conflict&apos;s number (see conflicts list).</source>
        <translation>conflicts resolve：请给出冲突编号（见 conflicts list）。</translation>
    </message>
    <message>
        <source>conflicts resolve: give exactly one of --keep, --other and --value TEXT.</source>
        <translation>conflicts resolve：--keep、--other 和 --value 文本 三者必须且只能给出一个。</translation>
    </message>
    <message>
        <source>Conflict %1 resolved; the decision goes to the offices with their next package.</source>
        <translation>冲突 %1 已处理；各单位随下一个数据包收到处理结果。</translation>
    </message>
    <message>
        <source>GridDesk hub: the packages of many offices merged in one PostgreSQL database.

Commands:
  init [--name NAME]         make the hub&apos;s tables in an empty database
  upgrade                    bring the hub to this GridDesk&apos;s version
  show [--json]              the hub&apos;s name, site and key fingerprint
  key --out FILE             the hub&apos;s public key file, for offices to trust
  ingest PACKAGE...          check and merge offices&apos; packages
  package --for OFFICE --out FILE [--scope street:CODE|community:CODE|grid:CODE]
                             what the hub holds (of the area) that the office has not confirmed
  digest [--json]            the hash of everything the hub holds
  conflicts list [--json]    concurrent edits the merges set aside
  conflicts resolve ID (--keep | --other | --value TEXT)
                             settle one; the offices take the decision with their next package
  trust add (--key FILE | --package PKG) --fingerprint FP [--scope SCOPE]
  trust list [--json]        the offices whose packages the hub takes
  trust remove --fingerprint FP
  stats --from DAY --to DAY [--street|--community|--grid CODE] [--by KEY]
        [--view received|completed] [--json]   the figures of the cases the hub holds
  report --month YYYY-MM --pdf FILE [--xlsx FILE] [--street|--community CODE]
                             the monthly report of the hub&apos;s requests

The connection: --pg CONNINFO, else the GRIDDESK_HUB environment variable, else libpq&apos;s
defaults (PGHOST, PGDATABASE, PGSERVICE...). Passwords come from PGPASSWORD or ~/.pgpass,
never from the command line.</source>
        <translation>网格工作台枢纽：在一个 PostgreSQL 数据库中合并多个单位的数据包。

命令：
  init [--name 名称]         在空数据库中建立枢纽的表
  upgrade                    把枢纽升级到本程序的版本
  show [--json]              枢纽的名称、站点和密钥指纹
  key --out 文件             枢纽的公钥文件，供各单位信任
  ingest 数据包...           检查并合并各单位的数据包
  package --for 单位 --out 文件 [--scope street:代码|community:代码|grid:代码]
                             枢纽持有（该区域内）而该单位尚未确认的数据
  digest [--json]            枢纽全部数据的摘要
  conflicts list [--json]    合并时被替换的并发修改
  conflicts resolve 编号 (--keep | --other | --value 文本)
                             处理一个冲突；各单位随下一个数据包收到处理结果
  trust add (--key 文件 | --package 数据包) --fingerprint 指纹 [--scope 范围]
  trust list [--json]        枢纽接收其数据包的单位
  trust remove --fingerprint 指纹
  stats --from 日期 --to 日期 [--street|--community|--grid 代码] [--by 分组]
        [--view received|completed] [--json]   枢纽所存诉求的统计指标
  report --month 年-月 --pdf 文件 [--xlsx 文件] [--street|--community 代码]
                             枢纽所存诉求的月报

连接：--pg 连接串，否则取环境变量 GRIDDESK_HUB，否则用 libpq 的默认值
（PGHOST、PGDATABASE、PGSERVICE 等）。密码取自 PGPASSWORD 或 ~/.pgpass，
绝不写在命令行上。</translation>
    </message>
    <message>
        <source>Keep the value the merge kept (conflicts resolve).</source>
        <translation>保留合并时保留的值（conflicts resolve）。</translation>
    </message>
    <message>
        <source>Take the value the merge set aside (conflicts resolve).</source>
        <translation>采用合并时被替换的值（conflicts resolve）。</translation>
    </message>
    <message>
        <source>Write this value instead (conflicts resolve).</source>
        <translation>改写为这个值（conflicts resolve）。</translation>
    </message>
</context>
<context>
    <name>gdui::AppealsDialog</name>
    <message>
        <source>Public notice and appeals — %1</source>
        <translation>公示与申诉 — %1</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>网格员</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>申诉内容</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>答复人</translation>
    </message>
    <message>
        <source>&amp;Record an appeal…</source>
        <translation>记录申诉(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Record an appeal of %1…</source>
        <translation>记录%1的申诉(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Answer the selected appeal…</source>
        <translation>答复所选申诉(&amp;A)…</translation>
    </message>
    <message>
        <source>Whoever scores the month records appeals.</source>
        <translation>由评分人记录申诉。</translation>
    </message>
    <message>
        <source>Select the worker on the sheet first.</source>
        <translation>请先在考评表中选中网格员。</translation>
    </message>
    <message>
        <source>In the worker&apos;s own words.</source>
        <translation>按网格员的原话记录。</translation>
    </message>
    <message>
        <source>A supervisor answers appeals.</source>
        <translation>由负责人答复申诉。</translation>
    </message>
    <message>
        <source>Record an appeal</source>
        <translation>记录申诉</translation>
    </message>
    <message>
        <source>%1 appeals against the review of %2:</source>
        <translation>%1 对 %2 考评的申诉：</translation>
    </message>
    <message>
        <source>Select the appeal to answer.</source>
        <translation>请选择要答复的申诉。</translation>
    </message>
    <message>
        <source>Answer the appeal</source>
        <translation>答复申诉</translation>
    </message>
    <message>
        <source>The answer to %1:</source>
        <translation>对 %1 的答复：</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>未答复</translation>
    </message>
    <message>
        <source>On public notice until %1: appeals are recorded until then.</source>
        <translation>公示至 %1：此前可记录申诉。</translation>
    </message>
    <message>
        <source>The public notice ended on %1.</source>
        <translation>公示已于 %1 结束。</translation>
    </message>
    <message>
        <source>Not on public notice: the month is posted when it is submitted.</source>
        <translation>未在公示：该月提交后进入公示。</translation>
    </message>
    <message numerus="yes">
        <source>%n appeal(s) wait for an answer before the month is approved.</source>
        <translation>
            <numerusform>有 %n 件申诉待答复，答复后该月方可审批。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>（未答复）</translation>
    </message>
</context>
<context>
    <name>gdui::BuildingDialog</name>
    <message>
        <source>New building</source>
        <translation>新建楼栋</translation>
    </message>
    <message>
        <source>Building %1</source>
        <translation>楼栋 %1</translation>
    </message>
    <message>
        <source>e.g. 书香家园49号楼</source>
        <translation>如：书香家园49号楼</translation>
    </message>
    <message>
        <source>e.g. 三明南路2号</source>
        <translation>如：三明南路2号</translation>
    </message>
    <message>
        <source>Other names residents use, one per line</source>
        <translation>居民常用的其他叫法，每行一个</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Households:</source>
        <translation>户数(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Other names:</source>
        <translation>其他名称(&amp;O)：</translation>
    </message>
    <message>
        <source>The compound (小区) when the grid spans several, e.g. 书香家园</source>
        <translation>网格跨多个小区时填写所属小区，例如：书香家园</translation>
    </message>
    <message>
        <source>(the grid&apos;s)</source>
        <translation>（同网格）</translation>
    </message>
    <message>
        <source>The compound&apos;s property company, when it is not the grid&apos;s: the contact card lists each compound&apos;s company</source>
        <translation>该小区的物业公司（与网格的不同时填写）：便民联系卡将分别列出各小区的物业</translation>
    </message>
    <message>
        <source>&amp;Compound:</source>
        <translation>小区(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Property company:</source>
        <translation>物业公司(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>gdui::BuildingTableModel</name>
    <message>
        <source>Active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Compound</source>
        <translation>小区</translation>
    </message>
</context>
<context>
    <name>gdui::CalendarDayDialog</name>
    <message>
        <source>New calendar day</source>
        <translation>新增日历日期</translation>
    </message>
    <message>
        <source>Calendar day %1</source>
        <translation>日历日期 %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Day off (holiday)</source>
        <translation>放假（节假日）</translation>
    </message>
    <message>
        <source>Make-up working day (a weekend day that is worked)</source>
        <translation>调休上班（周末上班）</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>e.g. 春节, 国庆节调休上班</source>
        <translation>例如：春节、国庆节调休上班</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>gdui::CalendarDayModel</name>
    <message>
        <source>Make-up working day</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>放假</translation>
    </message>
    <message>
        <source>Not saved yet: written when you press OK.</source>
        <translation>尚未保存：按“确定”后写入。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
</context>
<context>
    <name>gdui::CalendarReminder</name>
    <message>
        <source>&amp;Import the calendar…</source>
        <translation>导入日历(&amp;I)…</translation>
    </message>
    <message>
        <source>The official holidays and make-up working days for %1 are not imported yet. Deadlines into %1 are counted on a provisional calendar (weekends and the statutory holidays) and marked provisional; import the State Council&apos;s notice for %1 as soon as it is published, and they are counted again.</source>
        <translation>%1 年的正式放假和调休安排尚未导入。落入 %1 年的时限按暂定日历（双休日和法定节假日）计算并标为“暂定”；国务院办公厅公布 %1 年放假安排后请尽快导入，这些时限会随之重算。</translation>
    </message>
</context>
<context>
    <name>gdui::CalendarTab</name>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>Days off and make-up working days</source>
        <translation>放假日与调休上班日</translation>
    </message>
    <message>
        <source>&amp;Add day…</source>
        <translation>添加日期(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>删除(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>导入 CSV(&amp;I)…</translation>
    </message>
    <message>
        <source>Days in italics are changes not saved yet: OK saves them, Cancel discards them.</source>
        <translation>斜体显示的日期是尚未保存的修改：按“确定”保存，按“取消”放弃。</translation>
    </message>
    <message>
        <source>Import reads a CSV file with the header date,kind,name and one line per day; kind is holiday or workday (UTF-8 or GB18030, as Excel saves it). The whole file is refused if any line is wrong.</source>
        <translation>导入的 CSV 文件须以 date,kind,name 为表头，每行一天；kind 为 holiday（放假）或 workday（调休上班），编码为 UTF-8 或 GB18030（Excel 保存的格式）。任何一行有误，整个文件都不导入。</translation>
    </message>
    <message>
        <source>Import a working-day calendar</source>
        <translation>导入工作日历</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 (no data)</source>
        <translation>%1（无数据）</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) listed for %1. Any other Monday to Friday is a working day, any other Saturday or Sunday a day off.</source>
        <translation>
            <numerusform>%1 年已列出 %n 天。其余周一至周五为工作日，其余周六、周日为休息日。</numerusform>
        </translation>
    </message>
    <message>
        <source>No calendar for %1 yet. Deadlines that fall in %1 cannot be computed: such cases are registered without a deadline. Import the official notice for %1 (the State Council publishes it each November) or add its days.</source>
        <translation>尚无 %1 年的工作日历。落在 %1 年的办理时限无法计算，这类诉求登记时将没有时限。请导入 %1 年的官方放假安排（国务院每年 11 月发布下一年的安排），或逐日添加。</translation>
    </message>
    <message>
        <source>New calendar day</source>
        <translation>新增日历日期</translation>
    </message>
    <message>
        <source>Calendar imported</source>
        <translation>工作日历已导入</translation>
    </message>
    <message>
        <source>Calendar not imported</source>
        <translation>工作日历未导入</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Nothing was imported from %1:
%2
Correct the file and import it again.</source>
        <translation>%1 未导入任何内容：
%2
请修改文件后重新导入。</translation>
    </message>
    <message>
        <source>Read %1 (%2): %3, %4, %5. Nothing is saved until you press OK.</source>
        <translation>已读取 %1（%2 年）：%3，%4，%5。按“确定”后才会保存。</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) added</source>
        <translation>
            <numerusform>新增 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>修改 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already so</source>
        <translation>
            <numerusform>%n 天无变化</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (provisional)</source>
        <translation>%1（暂定）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>M/d</source>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>No official calendar for %1 yet. Deadlines into %1 are counted on a provisional calendar, marked provisional in the cases: weekends off plus the statutory holidays (%2), no make-up working days. Import the official notice for %1 (the State Council publishes it each November or December): every running case&apos;s provisional deadlines are then counted again.</source>
        <translation>%1 年尚无正式日历。落入 %1 年的时限按暂定日历计算，并在诉求中标为“暂定”：双休日加法定节假日（%2），不含调休上班日。请导入 %1 年的正式放假安排（国务院办公厅每年 11 月或 12 月公布），届时所有在办诉求的暂定时限都会重算。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>gdui::CardCheckModel</name>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Grid code</source>
        <translation>网格编码</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Missing on the card</source>
        <translation>卡片缺少的信息</translation>
    </message>
</context>
<context>
    <name>gdui::CardTemplateDialog</name>
    <message>
        <source>Card template</source>
        <translation>便民联系卡模板</translation>
    </message>
    <message>
        <source>Parts of the card shown</source>
        <translation>卡片显示的内容</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Choose &amp;logo…</source>
        <translation>选择标志(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;No logo</source>
        <translation>不用标志(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>Title &amp;colour:</source>
        <translation>标题颜色(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Accent colour:</source>
        <translation>强调颜色(&amp;A)：</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>标志：</translation>
    </message>
    <message>
        <source>&amp;Duties:</source>
        <translation>工作职责(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Shown:</source>
        <translation>显示内容(&amp;S)：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>(not an image)</source>
        <translation>（不是图片）</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>选择颜色</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>选择标志图片</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Card &amp;language:</source>
        <translation>便民联系卡语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Printed on the property line of a grid marked as having no property company.</source>
        <translation>标为无物业的网格，便民联系卡的物业一行印这段说明。</translation>
    </message>
    <message>
        <source>Without a property &amp;company:</source>
        <translation>无物业时的说明(&amp;C)：</translation>
    </message>
    <message>
        <source>Printed under the worker on each grid that has no promise of its own.</source>
        <translation>印在网格员信息下方，用于没有单独填写承诺的网格。</translation>
    </message>
    <message>
        <source>Grid pro&amp;mise:</source>
        <translation>网格承诺(&amp;M)：</translation>
    </message>
</context>
<context>
    <name>gdui::CardsPage</name>
    <message>
        <source>One grid</source>
        <translation>单个网格</translation>
    </message>
    <message>
        <source>A community&apos;s grids</source>
        <translation>社区全部网格</translation>
    </message>
    <message>
        <source>A street&apos;s grids</source>
        <translation>街道全部网格</translation>
    </message>
    <message>
        <source>&amp;Print for:</source>
        <translation>打印范围(&amp;P)：</translation>
    </message>
    <message>
        <source>Whi&amp;ch:</source>
        <translation>选择(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>版式(&amp;L)：</translation>
    </message>
    <message>
        <source>Check before printing</source>
        <translation>打印前检查</translation>
    </message>
    <message>
        <source>Incomplete cards</source>
        <translation>信息不全的便民联系卡</translation>
    </message>
    <message>
        <source>Fix the gr&amp;id…</source>
        <translation>修改网格(&amp;I)…</translation>
    </message>
    <message>
        <source>Fix the &amp;worker…</source>
        <translation>修改人员(&amp;W)…</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>重新检查(&amp;A)</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>预览(&amp;V)…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>打印(&amp;R)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Card &amp;template…</source>
        <translation>便民联系卡模板(&amp;T)…</translation>
    </message>
    <message>
        <source>Card preview</source>
        <translation>便民联系卡预览</translation>
    </message>
    <message>
        <source>Choose the grid, community or street to print cards for.</source>
        <translation>请选择要打印便民联系卡的网格、社区或街道。</translation>
    </message>
    <message numerus="yes">
        <source>All %n card(s) are complete.</source>
        <translation>
            <numerusform>全部 %n 张便民联系卡信息完整。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n card(s) would be incomplete. Fix the records, or print them anyway.</source>
        <translation>
            <numerusform>%n 张便民联系卡中有 %1 张信息不全。请修改相关记录，或仍然打印。</numerusform>
        </translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… 另有 %1 个。</translation>
    </message>
    <message>
        <source>%1 card(s) would be incomplete:

%2

Print them anyway?</source>
        <translation>%1 张便民联系卡信息不全：

%2

仍然打印吗？</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Contact cards</source>
        <translation>便民联系卡</translation>
    </message>
    <message>
        <source>Drawing the cards…</source>
        <translation>正在绘制便民联系卡…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>Save the cards as PDF</source>
        <translation>将便民联系卡另存为 PDF</translation>
    </message>
    <message>
        <source>contact-cards-%1.pdf</source>
        <translation>网格便民联系卡-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) saved to %1.</source>
        <translation>
            <numerusform>已将 %n 张便民联系卡保存到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact cards: preview</source>
        <translation>便民联系卡：预览</translation>
    </message>
</context>
<context>
    <name>gdui::CareHouseholdDialog</name>
    <message>
        <source>Add a household to the care register</source>
        <translation>新增关爱对象</translation>
    </message>
    <message>
        <source>Care household: %1</source>
        <translation>关爱对象：%1</translation>
    </message>
    <message>
        <source>(choose the grid)</source>
        <translation>（选择网格）</translation>
    </message>
    <message>
        <source>building, unit and room: 书香家园3号楼2单元301</source>
        <translation>楼栋、单元和房间：书香家园3号楼2单元301</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>&amp;Grid:</source>
        <translation>网格(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Building:</source>
        <translation>楼栋(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Care for:</source>
        <translation>关爱类别(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Visit every:</source>
        <translation>走访间隔(&amp;V)：</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>(no building)</source>
        <translation>（无楼栋）</translation>
    </message>
</context>
<context>
    <name>gdui::CareListModel</name>
    <message>
        <source>Only the grid&apos;s worker, its grid head and supervisors see this household in full.</source>
        <translation>只有本网格的网格员、网格长和主管可以查看该关爱对象的完整信息。</translation>
    </message>
    <message>
        <source>%1 (no longer cared for)</source>
        <translation>%1（已不在册）</translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>每 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未走访</translation>
    </message>
    <message>
        <source>%1 (late)</source>
        <translation>%1（已逾期）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Care for</source>
        <translation>关爱类别</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>走访间隔</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>上次走访</translation>
    </message>
    <message>
        <source>Next visit due</source>
        <translation>下次走访期限</translation>
    </message>
</context>
<context>
    <name>gdui::CareerStepDialog</name>
    <message>
        <source>Career step</source>
        <translation>职业发展阶段</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation>阶段(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>gdui::CaseActionDialog</name>
    <message>
        <source>(no worker)</source>
        <translation>（不指定网格员）</translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translation>（不指定承办单位）</translation>
    </message>
    <message>
        <source>Grid &amp;worker:</source>
        <translation>网格员(&amp;W)：</translation>
    </message>
    <message>
        <source>or &amp;unit:</source>
        <translation>或承办单位(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>天数(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>级别(&amp;L)：</translation>
    </message>
    <message>
        <source>The matter is solved</source>
        <translation>问题已解决</translation>
    </message>
    <message>
        <source>&amp;Satisfaction:</source>
        <translation>满意度(&amp;S)：</translation>
    </message>
    <message>
        <source>Approve the extension</source>
        <translation>同意延期</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>&amp;Branch that stands:</source>
        <translation>为准的分支(&amp;B)：</translation>
    </message>
    <message>
        <source>Unreachable closes the callback after the office&apos;s tries; record each call that reaches nobody with &quot;%1&quot; first.</source>
        <translation>达到本单位规定的回访次数后才能按“无法联系”结束回访；每次未接通请先记为“%1”。</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>回访结果(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Why not needed:</source>
        <translation>无需回访原因(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Guided to:</source>
        <translation>引导去向(&amp;G)：</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <source>%1 · %2 · %3%4</source>
        <translation>%1 · %2 · %3%4</translation>
    </message>
    <message>
        <source>%1 (replied)</source>
        <translation>%1（已答复）</translation>
    </message>
    <message>
        <source>Re&amp;port:</source>
        <translation>反映(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>层级(&amp;T)：</translation>
    </message>
    <message>
        <source>The case&apos;s own resident</source>
        <translation>本诉求的诉求人</translation>
    </message>
</context>
<context>
    <name>gdui::CaseDetail</name>
    <message>
        <source>Timeline</source>
        <translation>办理过程</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Choose a case in the list.</source>
        <translation>请在列表中选择一条诉求。</translation>
    </message>
    <message>
        <source>%1 · %2%3</source>
        <translation>%1 · %2%3</translation>
    </message>
    <message>
        <source> · overdue</source>
        <translation> · 已超期</translation>
    </message>
    <message>
        <source>Category: %1 · %2 · %3</source>
        <translation>类别：%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Reporter: %1</source>
        <translation>诉求人：%1</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <source>Where: %1 · %2</source>
        <translation>地点：%1 · %2</translation>
    </message>
    <message>
        <source>What happened: %1</source>
        <translation>问题描述：%1</translation>
    </message>
    <message>
        <source>Asks for: %1</source>
        <translation>具体诉求：%1</translation>
    </message>
    <message>
        <source>Received %1 · due %2 · lead %3 · handler %4</source>
        <translation>受理 %1 · 到期 %2 · 首问负责单位 %3 · 承办 %4</translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>无时限</translation>
    </message>
    <message>
        <source>%1 %2 via %3: %4</source>
        <translation>%1 %2 经%3反映：%4</translation>
    </message>
    <message>
        <source>Split report out</source>
        <translation>拆分重复反映</translation>
    </message>
    <message>
        <source>Make the selected report in the timeline a case of its own</source>
        <translation>把办理过程中选中的重复反映拆分为独立诉求</translation>
    </message>
    <message>
        <source>Case sheet (PDF)…</source>
        <translation>诉求单（PDF）…</translation>
    </message>
    <message>
        <source>First choose a report in the timeline.</source>
        <translation>请先在办理过程中选择一条重复反映。</translation>
    </message>
    <message>
        <source>The report is now case %1.</source>
        <translation>该反映已成为诉求 %1。</translation>
    </message>
    <message>
        <source>Save the case sheet</source>
        <translation>保存诉求单</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Case sheet</source>
        <translation>诉求单</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n 个工作日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for extension decisions: %1</source>
        <translation>等待延期审批：%1</translation>
    </message>
    <message>
        <source>Waited for extension decisions: %1</source>
        <translation>等待延期审批：%1</translation>
    </message>
    <message>
        <source>Extension decision pending, waited %1 so far</source>
        <translation>延期审批中，已等待 %1</translation>
    </message>
    <message>
        <source>Extension decision pending, waited %1 so far (all requests: %2)</source>
        <translation>延期审批中，已等待 %1（历次申请合计 %2）</translation>
    </message>
    <message>
        <source>Counted on working days only, from each extension request to its decision.</source>
        <translation>只计工作日：从每次提出延期申请起，至作出审批决定止。</translation>
    </message>
    <message numerus="yes">
        <source>Concurrent actions: %n time(s) another office acted on this case from the same state; the greyed actions do not count until a supervisor settles it.</source>
        <translation>
            <numerusform>并发办理：另一单位曾 %n 次在同一状态下办理此诉求；灰色的操作在负责人裁定前不生效。</numerusform>
        </translation>
    </message>
    <message>
        <source>Does not count: another office&apos;s concurrent action stands instead.</source>
        <translation>不生效：以另一单位同时办理的操作为准。</translation>
    </message>
    <message>
        <source>Handler&apos;s deadline (from the dispatch): %1</source>
        <translation>承办时限（自派单起算）：%1</translation>
    </message>
    <message>
        <source>Not signed for by %1: the handler is late to take the case.</source>
        <translation>%1 前未签收：承办人超时未接单。</translation>
    </message>
    <message>
        <source>The handler signs for it by %1.</source>
        <translation>承办人须在 %1 前签收。</translation>
    </message>
    <message>
        <source>%1 (after the deadline)</source>
        <translation>%1（逾期）</translation>
    </message>
    <message>
        <source>%1, new deadline %2</source>
        <translation>%1，新时限 %2</translation>
    </message>
    <message>
        <source>Not called back by %1: the callback is overdue.</source>
        <translation>%1 前未回访：回访已超期。</translation>
    </message>
    <message>
        <source>Call the resident back by %1.</source>
        <translation>须在 %1 前回访诉求人。</translation>
    </message>
    <message>
        <source>%1 now %2</source>
        <translation>%1 改为 %2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>%1 (provisional)</source>
        <translation>%1（暂定）</translation>
    </message>
    <message>
        <source>A date marked provisional falls in a year whose official holidays are not imported yet; it is counted again, and the timeline says so, when they are.</source>
        <translation>标为“暂定”的日期所在年份尚未导入正式放假安排；导入后将重算，并记入办理过程。</translation>
    </message>
    <message>
        <source>Callback: %1</source>
        <translation>回访：%1</translation>
    </message>
    <message numerus="yes">
        <source>Calls not answered so far: %n; the office closes a callback as unreachable after %1.</source>
        <translation>
            <numerusform>已回访未接通 %n 次；本单位回访 %1 次未接通即按“无法联系”结束回访。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Print the reporter&apos;s phone number in full? This is recorded in the audit log. Without it the sheet shows the number masked (138****1234).</source>
        <translation>打印诉求人完整电话号码吗？此操作将记入审计日志。否则办理单上的号码打码显示（138****1234）。</translation>
    </message>
    <message numerus="yes">
        <source>Attached reports without a reply: %n; reply to each before archiving.</source>
        <translation>
            <numerusform>并入的反映中有 %n 次未答复；归档前请逐一答复。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reports of this matter: %1 · reopened %2 times · supervision: %3 · handled at: %4</source>
        <translation>反映次数：%1 · 重办 %2 次 · 督办：%3 · 办理层级：%4</translation>
    </message>
    <message>
        <source>Merged into %1 as one of its reports: that case answers this resident. Splitting the report out of %1 makes this a case of its own again.</source>
        <translation>已作为重复反映并入 %1：由该诉求答复这位诉求人。在 %1 中拆分该反映，即恢复为单独的诉求。</translation>
    </message>
    <message>
        <source>May repeat %1: waiting for a decision in Suspected repeats (Ctrl+Shift+R).</source>
        <translation>可能与 %1 重复：待在“疑似重复”中研判（Ctrl+Shift+R）。</translation>
    </message>
    <message>
        <source>Not a repeat of %1: kept apart.</source>
        <translation>与 %1 不是重复：保持分开。</translation>
    </message>
    <message>
        <source>Case %1 merged in: %2</source>
        <translation>并入的诉求 %1：%2</translation>
    </message>
    <message>
        <source>Found on patrol by: %1</source>
        <translation>巡查发现人：%1</translation>
    </message>
    <message>
        <source>Found on the %1 of %2 at %3, %4</source>
        <translation>来自%2的%1：%3，%4</translation>
    </message>
</context>
<context>
    <name>gdui::CaseExportAction</name>
    <message>
        <source>cases-%1</source>
        <translation>诉求清单-%1</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV 文件（Excel 可打开）(*.csv)</translation>
    </message>
    <message>
        <source>Export the case list</source>
        <translation>导出诉求清单</translation>
    </message>
    <message>
        <source>%1: choose a name ending in .xlsx (Excel) or .csv.</source>
        <translation>%1：请使用以 .xlsx（Excel）或 .csv 结尾的文件名。</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>导出已取消，没有写入文件。</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 条诉求写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the reporters&apos; phone numbers in full? This is recorded in the audit log. Without it they are masked (138****1234).</source>
        <translation>导出诉求人完整电话号码吗？此操作将记入审计日志。否则号码打码导出（138****1234）。</translation>
    </message>
    <message>
        <source>Export the hotline&apos;s replies</source>
        <translation>导出热线办理结果</translation>
    </message>
    <message numerus="yes">
        <source>%n reply(ies) to 12345 orders written to %1.</source>
        <translation>
            <numerusform>已将 %n 条 12345 工单办理结果写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>起始日期(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>截止日期(&amp;T)：</translation>
    </message>
    <message>
        <source>One row per 12345 order that got its result or reply on these days: the order number, the case, the result, the time and the callback.</source>
        <translation>这些天内得到办理结果或答复的 12345 工单，每单一行：工单编号、诉求编号、办理结果、办结时间和回访结果。</translation>
    </message>
    <message>
        <source>To: the last day comes before the first.</source>
        <translation>截止日期：早于起始日期。</translation>
    </message>
    <message>
        <source>12345-replies-%1</source>
        <translation>12345办理结果-%1</translation>
    </message>
</context>
<context>
    <name>gdui::CaseFilterChoices</name>
    <message>
        <source>All open cases</source>
        <translation>全部在办诉求</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>全部诉求</translation>
    </message>
    <message>
        <source>Any deadline</source>
        <translation>不限时限</translation>
    </message>
    <message>
        <source>Due within a working day</source>
        <translation>一个工作日内到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>Late to sign for</source>
        <translation>超时未签收</translation>
    </message>
    <message>
        <source>Callbacks waiting</source>
        <translation>待回访</translation>
    </message>
    <message>
        <source>Callbacks overdue</source>
        <translation>回访超期</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>最新在前</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>最早在前</translation>
    </message>
    <message>
        <source>Earliest deadline first</source>
        <translation>最先到期在前</translation>
    </message>
    <message>
        <source>Recently changed first</source>
        <translation>最近变动在前</translation>
    </message>
    <message>
        <source>Earliest callback deadline first</source>
        <translation>回访时限最早的在前</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>不限时间</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>近 30 天</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
</context>
<context>
    <name>gdui::CaseListModel</name>
    <message>
        <source>%1 (×%2)</source>
        <translation>%1（×%2）</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 已超期</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>承办人</translation>
    </message>
    <message>
        <source>what happened</source>
        <translation>诉求内容</translation>
    </message>
    <message>
        <source>the request</source>
        <translation>诉求目的</translation>
    </message>
    <message>
        <source>the address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>the reporter&apos;s name</source>
        <translation>诉求人姓名</translation>
    </message>
    <message>
        <source>the reporter&apos;s phone</source>
        <translation>诉求人电话</translation>
    </message>
    <message>
        <source>a note or an attached report</source>
        <translation>办理记录或合并的重复诉求</translation>
    </message>
    <message>
        <source>Found in: %1</source>
        <translation>匹配于：%1</translation>
    </message>
    <message>
        <source>Where it matched</source>
        <translation>匹配内容</translation>
    </message>
    <message>
        <source>Counted on the provisional calendar of a year whose official holidays are not imported yet; counted again when they are.</source>
        <translation>按尚未导入正式放假安排年份的暂定日历计算；导入后重算。</translation>
    </message>
    <message>
        <source>%1 (provisional)</source>
        <translation>%1（暂定）</translation>
    </message>
</context>
<context>
    <name>gdui::CaseRulesDialog</name>
    <message>
        <source>Case rules</source>
        <translation>诉求规则</translation>
    </message>
    <message>
        <source>Only an administrator can change these rules. You are signed in as %1 (%2): you can read them here, but nothing is saved.</source>
        <translation>只有管理员可以修改这些规则。您当前以 %1（%2）身份登录：可以在此查看，但不会保存任何修改。</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <source>Repeat requests</source>
        <translation>重复诉求</translation>
    </message>
    <message>
        <source>Working-day calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Repeat window</source>
        <translation>重复诉求判定期</translation>
    </message>
    <message>
        <source>Repeat &amp;window:</source>
        <translation>判定期(&amp;W)：</translation>
    </message>
    <message>
        <source>Discard the changes to the case rules?</source>
        <translation>放弃对诉求规则的修改吗？</translation>
    </message>
    <message>
        <source>Official calendar</source>
        <translation>正式日历</translation>
    </message>
    <message numerus="yes">
        <source>The official calendar for %1 is in force. Deadlines of %n running case(s) reached into it; </source>
        <translation>
            <numerusform>%1 年正式日历已生效。时限落入其中的在办诉求 %n 件；</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) had a provisional deadline moved (each move is in the case&apos;s timeline).</source>
        <translation>
            <numerusform>其中 %n 件的暂定时限已调整（每次调整都记入该诉求的办理过程）。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2: %3 → %4</source>
        <translation>%1 · %2：%3 → %4</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… 另有 %n 项。</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach from score</source>
        <translation>自动合并分值</translation>
    </message>
    <message>
        <source>Import: &amp;attach from score:</source>
        <translation>导入：自动合并分值(&amp;A)：</translation>
    </message>
    <message>
        <source>Review from score</source>
        <translation>人工研判分值</translation>
    </message>
    <message>
        <source>Import: re&amp;view from score:</source>
        <translation>导入：人工研判分值(&amp;V)：</translation>
    </message>
    <message>
        <source>&lt;p&gt;When a request is registered, the intake desk offers the earlier cases it may repeat (重复诉求): the same phone number, or the same building or grid with the same category, ranked by how alike the texts are. Staff then attach the new report to the case instead of counting one matter twice.&lt;/p&gt;&lt;p&gt;Open cases are offered whenever they arrived in the last year. A &lt;b&gt;closed&lt;/b&gt; case is offered only when it was received and closed within this window: a matter settled long ago that comes up again is a new case, not a repeat.&lt;/p&gt;&lt;p&gt;A longer window catches more returning complaints; a shorter one gives staff fewer old cases to check. The default is %1 days. The change applies to the next request registered.&lt;/p&gt;&lt;p&gt;The 12345 import checks every line the same way. From the &lt;b&gt;attach&lt;/b&gt; score (the office&apos;s choice; %2 by default: the same phone with texts alike) a line is merged into the case it repeats; from the &lt;b&gt;review&lt;/b&gt; score (%3 by default) it waits in the review of suspected repeats for a person to decide. The operator can decide otherwise for any line in the import&apos;s preview. A score adds 50 for the same phone, 35 for the same building and category, 20 for the same grid and category, up to 40 for alike texts and 5 for an open case.&lt;/p&gt;</source>
        <translation>&lt;p&gt;登记诉求时，受理台会列出可能与之重复的既往诉求：同一电话号码，或同一楼栋、同一网格且同一类别，并按内容相似程度排序。工作人员可将新来件并入原诉求，避免同一事项重复计数。&lt;/p&gt;&lt;p&gt;未办结的诉求，只要是近一年内受理的都会列出。&lt;b&gt;已办结&lt;/b&gt;的诉求，只有受理和办结都在此判定期内才会列出：很久以前已解决的事项再次反映，按新诉求办理，不算重复。&lt;/p&gt;&lt;p&gt;判定期越长，能发现的反复投诉越多；越短，工作人员需要核对的旧诉求越少。默认为 %1 天。修改后对下一件登记的诉求生效。&lt;/p&gt;&lt;p&gt;导入 12345 工单时逐行按同样方法查重。达到&lt;b&gt;自动合并&lt;/b&gt;分值（本单位自定，默认 %2：同一电话且内容相似）的行并入所重复的诉求；达到&lt;b&gt;人工研判&lt;/b&gt;分值（默认 %3）的进入疑似重复，由人研判。导入预览中可逐行改变处理方式。分值构成：同一电话 50，同一楼栋且同一类别 35，同一网格且同一类别 20，内容相似最多 40，原诉求未办结 5。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>gdui::CaseSheet</name>
    <message>
        <source>Resident request %1</source>
        <translation>居民诉求 %1</translation>
    </message>
    <message>
        <source>printed %1</source>
        <translation>打印于 %1</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Type and urgency</source>
        <translation>类型与紧急程度</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>诉求人</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>What they ask for</source>
        <translation>具体诉求</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <source>Lead (first responder)</source>
        <translation>首问负责单位</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>承办人</translation>
    </message>
    <message>
        <source>Reports of this matter</source>
        <translation>同一事项反映次数</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>办理过程</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>There is no such case.</source>
        <translation>该诉求不存在。</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>发现人</translation>
    </message>
</context>
<context>
    <name>gdui::CasesPage</name>
    <message>
        <source>State filter</source>
        <translation>状态筛选</translation>
    </message>
    <message>
        <source>Deadline filter</source>
        <translation>时限筛选</translation>
    </message>
    <message>
        <source>Street filter</source>
        <translation>街道筛选</translation>
    </message>
    <message>
        <source>All streets</source>
        <translation>全部街道</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>类别筛选</translation>
    </message>
    <message>
        <source>Channel filter</source>
        <translation>渠道筛选</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>诉求</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>搜索诉求</translation>
    </message>
    <message>
        <source>Search: words, a name, or a phone&apos;s last digits (Ctrl+F)</source>
        <translation>搜索：词语、姓名或电话尾号（Ctrl+F）</translation>
    </message>
    <message>
        <source>Community filter</source>
        <translation>社区筛选</translation>
    </message>
    <message>
        <source>Grid filter</source>
        <translation>网格筛选</translation>
    </message>
    <message>
        <source>Handler filter</source>
        <translation>承办人筛选</translation>
    </message>
    <message>
        <source>All handlers</source>
        <translation>全部承办人</translation>
    </message>
    <message>
        <source>Lead unit filter</source>
        <translation>牵头单位筛选</translation>
    </message>
    <message>
        <source>Any lead unit</source>
        <translation>全部牵头单位</translation>
    </message>
    <message>
        <source>Received within</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Import 12345 orders…</source>
        <translation>导入 12345 工单…</translation>
    </message>
    <message>
        <source>Import work orders from a 12345 hotline CSV file (Ctrl+I)</source>
        <translation>从 12345 热线导出的 CSV 文件导入工单（Ctrl+I）</translation>
    </message>
    <message>
        <source>Export list…</source>
        <translation>导出清单…</translation>
    </message>
    <message>
        <source>Save the list as filtered to an Excel workbook or a CSV file (Ctrl+E)</source>
        <translation>将当前筛选的清单保存为 Excel 工作簿或 CSV 文件（Ctrl+E）</translation>
    </message>
    <message>
        <source>All communities</source>
        <translation>全部社区</translation>
    </message>
    <message>
        <source>Choose a community for its grids</source>
        <translation>先选社区再选网格</translation>
    </message>
    <message>
        <source>All grids</source>
        <translation>全部网格</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) found, best matches first</source>
        <translation>
            <numerusform>找到 %n 条诉求，最匹配的在前</numerusform>
        </translation>
    </message>
    <message>
        <source>My cases</source>
        <translation>我的诉求</translation>
    </message>
    <message>
        <source>Handled by %1 (until another filter is chosen)</source>
        <translation>承办单位：%1（选择其他筛选条件后取消）</translation>
    </message>
    <message>
        <source>Only the cases you handle now as a grid worker (Ctrl+M)</source>
        <translation>只看您作为网格员正在承办的诉求（Ctrl+M）</translation>
    </message>
    <message>
        <source>My cases: your operator is not linked to a grid worker; an administrator links it under File › Operators.</source>
        <translation>我的诉求：您的操作员账号尚未关联网格员，请管理员在“文件 › 操作员管理”中关联。</translation>
    </message>
    <message>
        <source>Export hotline replies…</source>
        <translation>导出热线办理结果…</translation>
    </message>
    <message>
        <source>Save the results and replies given to 12345 orders, one row per order, for the hotline&apos;s system</source>
        <translation>保存给 12345 工单的办理结果和答复，每单一行，供热线系统导入</translation>
    </message>
    <message>
        <source>Suspected repeats…</source>
        <translation>疑似重复…</translation>
    </message>
    <message>
        <source>Decide the imported cases that may repeat a case on file (Ctrl+Shift+R)</source>
        <translation>研判导入后可能与已有诉求重复的诉求（Ctrl+Shift+R）</translation>
    </message>
    <message>
        <source>Suspected repeats (%1)…</source>
        <translation>疑似重复（%1）…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n case(s) (until another filter is chosen)</source>
        <translation>
            <numerusform>%1：共 %n 件（选择其他筛选条件后恢复）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gdui::CommunityForm</name>
    <message>
        <source>12 digits: the street&apos;s 9 and 3 more</source>
        <translation>12 位：街道的 9 位编码加 3 位</translation>
    </message>
    <message>
        <source>e.g. 0532-82871234</source>
        <translation>如：0532-82871234</translation>
    </message>
    <message>
        <source>Street:</source>
        <translation>街道：</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>编码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Office &amp;address:</source>
        <translation>办公地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Office &amp;phone:</source>
        <translation>办公电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;WeChat account:</source>
        <translation>微信公众号(&amp;W)：</translation>
    </message>
    <message>
        <source>New community</source>
        <translation>新建社区</translation>
    </message>
    <message>
        <source>Community: %1</source>
        <translation>社区：%1</translation>
    </message>
    <message>
        <source>https://… (the account&apos;s link, when there is no QR image)</source>
        <translation>https://…（没有二维码图片时填写公众号链接）</translation>
    </message>
    <message>
        <source>QR code &amp;link:</source>
        <translation>二维码链接(&amp;L)：</translation>
    </message>
    <message>
        <source>C&amp;hoose the QR image…</source>
        <translation>选择二维码图片(&amp;H)…</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>不用图片</translation>
    </message>
    <message>
        <source>QR code image:</source>
        <translation>二维码图片：</translation>
    </message>
    <message>
        <source>Choose the QR code image</source>
        <translation>选择二维码图片</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>none: the link is printed as a QR code</source>
        <translation>无：按链接生成二维码</translation>
    </message>
    <message>
        <source>an image of %1 KB, printed as it is</source>
        <translation>已上传 %1 KB 图片，按原样印制</translation>
    </message>
</context>
<context>
    <name>gdui::ConcurrentTab</name>
    <message>
        <source>Case</source>
        <translation>诉求编号</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>At</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Actions in branch</source>
        <translation>分支内操作数</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现状</translation>
    </message>
    <message>
        <source>Concurrent actions on cases</source>
        <translation>诉求上的并发操作</translation>
    </message>
    <message>
        <source>&amp;This branch stands…</source>
        <translation>以此分支为准(&amp;T)…</translation>
    </message>
    <message>
        <source>A supervisor&apos;s decision: the other branches&apos; actions no longer count, in every office that merges it.</source>
        <translation>由负责人裁定：其他分支的操作不再生效，合并该裁定的每个单位都如此。</translation>
    </message>
    <message>
        <source>Record kind</source>
        <translation>记录类别</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Made by office</source>
        <translation>建立单位</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Codes, phones and case numbers given twice</source>
        <translation>重复的编码、电话和诉求编号</translation>
    </message>
    <message>
        <source>Keys given twice</source>
        <translation>重复的编号</translation>
    </message>
    <message>
        <source>&amp;Keep this record, merge the others into it…</source>
        <translation>保留此记录，其余并入(&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;Give this record another key…</source>
        <translation>为此记录改号(&amp;G)…</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>stands for now</source>
        <translation>暂时为准</translation>
    </message>
    <message>
        <source>overridden</source>
        <translation>不生效</translation>
    </message>
    <message>
        <source>%1 case(s) with concurrent actions, %2 key(s) given twice.</source>
        <translation>%1 件诉求有并发操作，%2 个编号重复。</translation>
    </message>
    <message>
        <source>Choose the branch that stands first.</source>
        <translation>请先选择为准的分支。</translation>
    </message>
    <message>
        <source>This branch stands</source>
        <translation>以此分支为准</translation>
    </message>
    <message>
        <source>Case %1: &quot;%2&quot; by %3 stands; the other branches&apos; actions no longer count. Why?</source>
        <translation>诉求 %1：以 %3 的“%2”为准，其他分支的操作不再生效。理由是？</translation>
    </message>
    <message>
        <source>Case %1 settled; the decision goes with the next package.</source>
        <translation>诉求 %1 已裁定；裁定随下一个数据包发出。</translation>
    </message>
    <message>
        <source>Choose the record to keep first.</source>
        <translation>请先选择要保留的记录。</translation>
    </message>
    <message>
        <source>Merge records</source>
        <translation>合并记录</translation>
    </message>
    <message>
        <source>Keep &quot;%1&quot; (%2) and merge the %3 other record(s) with %2 into it? Everything that names them will name it.</source>
        <translation>保留“%1”（%2），并把另外 %3 条编号为 %2 的记录并入？引用它们的都将改为引用它。</translation>
    </message>
    <message>
        <source>Choose the record to renumber first.</source>
        <translation>请先选择要改号的记录。</translation>
    </message>
    <message>
        <source>Another key</source>
        <translation>改号</translation>
    </message>
    <message>
        <source>New key for &quot;%1&quot; (now %2):</source>
        <translation>“%1”的新编号（现为 %2）：</translation>
    </message>
</context>
<context>
    <name>gdui::ConflictTableModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Written by %1 at %2</source>
        <translation>由 %1 于 %2 写入</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value kept</source>
        <translation>保留的值</translation>
    </message>
    <message>
        <source>Value set aside</source>
        <translation>被搁置的值</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>发现时间</translation>
    </message>
</context>
<context>
    <name>gdui::CouncilDialog</name>
    <message>
        <source>Record a residents&apos; meeting</source>
        <translation>登记居民议事</translation>
    </message>
    <message>
        <source>Change the residents&apos; meeting</source>
        <translation>修改居民议事</translation>
    </message>
    <message>
        <source>(choose the community)</source>
        <translation>（请选择社区）</translation>
    </message>
    <message>
        <source>e.g. adding a lift to building 3</source>
        <translation>如：3号楼加装电梯</translation>
    </message>
    <message>
        <source>when a rule was adopted: its title</source>
        <translation>形成规约时填写其名称</translation>
    </message>
    <message>
        <source>request numbers, separated by spaces</source>
        <translation>诉求编号，用空格分隔</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Community:</source>
        <translation>社区(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Grid:</source>
        <translation>网格(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>时间(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>议题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>地点(&amp;P)：</translation>
    </message>
    <message>
        <source>Attended:</source>
        <translation>参会人员：</translation>
    </message>
    <message>
        <source>P&amp;ositions:</source>
        <translation>各方意见(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>议事结果(&amp;R)：</translation>
    </message>
    <message>
        <source>Rule &amp;adopted:</source>
        <translation>形成规约(&amp;A)：</translation>
    </message>
    <message>
        <source>Rule&apos;s te&amp;xt:</source>
        <translation>规约内容(&amp;X)：</translation>
    </message>
    <message>
        <source>Re&amp;quests settled:</source>
        <translation>解决的诉求(&amp;Q)：</translation>
    </message>
    <message>
        <source>(the whole community)</source>
        <translation>（全社区）</translation>
    </message>
</context>
<context>
    <name>gdui::CouncilListModel</name>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Community or grid</source>
        <translation>社区或网格</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>议题</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>参会人数</translation>
    </message>
    <message>
        <source>Rule adopted</source>
        <translation>形成规约</translation>
    </message>
</context>
<context>
    <name>gdui::CouncilsPage</name>
    <message>
        <source>Councils and committees</source>
        <translation>议事会和自管会</translation>
    </message>
    <message>
        <source>Only those that adopted a rule</source>
        <translation>只看形成规约的</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>范围(&amp;W)：</translation>
    </message>
    <message>
        <source>Residents&apos; councils</source>
        <translation>居民议事</translation>
    </message>
    <message>
        <source>&amp;Record a meeting…</source>
        <translation>登记议事(&amp;R)…</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n 次议事</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a meeting in the list, or record one (Ctrl+N).&lt;/p&gt;</source>
        <translation>&lt;p&gt;请在列表中选择议事，或登记一次（Ctrl+N）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2 人</translation>
    </message>
    <message>
        <source>&lt;p&gt;Attended (%1): %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;参会 %1 人：%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Positions&lt;/h4&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;h4&gt;各方意见&lt;/h4&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Resolution&lt;/h4&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;h4&gt;议事结果&lt;/h4&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Rule adopted: %1&lt;/h4&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation>&lt;h4&gt;形成规约：%1&lt;/h4&gt;&lt;p&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Requests settled: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;解决的诉求：%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The meeting was recorded.</source>
        <translation>已登记居民议事。</translation>
    </message>
    <message>
        <source>Change the residents&apos; meeting</source>
        <translation>修改居民议事</translation>
    </message>
    <message>
        <source>Remove the residents&apos; meeting</source>
        <translation>删除居民议事</translation>
    </message>
    <message>
        <source>Remove this meeting of residents from the record?</source>
        <translation>从记录中删除这次居民议事？</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n meeting(s)</source>
        <translation>
            <numerusform>%1：%n 次议事</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gdui::CoverDialog</name>
    <message>
        <source>Cover a vacant grid</source>
        <translation>代管空缺网格</translation>
    </message>
    <message>
        <source>15-digit grid code</source>
        <translation>15 位网格编码</translation>
    </message>
    <message>
        <source>empty while the cover lasts</source>
        <translation>代管未结束时留空</translation>
    </message>
    <message>
        <source> yuan/month</source>
        <translation> 元/月</translation>
    </message>
    <message>
        <source>&amp;Grid code:</source>
        <translation>网格编码(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>开始日期(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>结束日期(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Subsidy:</source>
        <translation>补贴(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>gdui::DashboardPage</name>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>上季度</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>去年</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>近12个月</translation>
    </message>
    <message>
        <source>Chosen days</source>
        <translation>自定义日期</translation>
    </message>
    <message>
        <source>Received in the period</source>
        <translation>受理口径</translation>
    </message>
    <message>
        <source>Done in the period</source>
        <translation>办结口径</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Count again (F5)</source>
        <translation>重新统计（F5）</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>导出 Excel(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>范围(&amp;S)：</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>期间(&amp;E)：</translation>
    </message>
    <message>
        <source>Ran&amp;king of:</source>
        <translation>排名(&amp;K)：</translation>
    </message>
    <message>
        <source>Streets</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Communities</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Grids</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>网格员</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <source>The whole office</source>
        <translation>本单位（全部）</translation>
    </message>
    <message>
        <source>%1 · counted at %2</source>
        <translation>%1 · %2 统计</translation>
    </message>
    <message>
        <source>the cases counted</source>
        <translation>计入的诉求</translation>
    </message>
    <message>
        <source>the cases it is out of</source>
        <translation>作为分母的诉求</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Export the figures</source>
        <translation>导出统计数据</translation>
    </message>
    <message>
        <source>figures %1 %2.xlsx</source>
        <translation>统计数据 %1 %2.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>The figures were written to %1.</source>
        <translation>统计数据已导出到 %1。</translation>
    </message>
    <message>
        <source>The office&apos;s figures</source>
        <translation>本单位统计指标</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>分子 / 分母</translation>
    </message>
    <message>
        <source>MoM</source>
        <translation>环比</translation>
    </message>
    <message>
        <source>YoY</source>
        <translation>同比</translation>
    </message>
    <message>
        <source>Ranking of %1</source>
        <translation>%1排名</translation>
    </message>
    <message>
        <source>Click a heading to rank by that figure; double-click a cell for its cases. Grey: fewer cases than the office&apos;s minimum sample (Settings), not ranked.</source>
        <translation>点击表头按该指标排名；双击单元格查看对应诉求。灰色：件数少于本单位设定的统计最小样本（设置中修改），不参与排名。</translation>
    </message>
    <message>
        <source>&amp;Monthly report…</source>
        <translation>月报(&amp;M)…</translation>
    </message>
    <message>
        <source>The month&apos;s report for the office, a street or a community: preview, print, PDF or Excel</source>
        <translation>本单位、街道或社区的月报：预览、打印、PDF 或 Excel</translation>
    </message>
    <message>
        <source>The figures of hub %1</source>
        <translation>枢纽“%1”的统计数据</translation>
    </message>
</context>
<context>
    <name>gdui::DeadlineRulesForm</name>
    <message>
        <source> working days</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>Complete and reply within</source>
        <translation>办结答复时限</translation>
    </message>
    <message>
        <source>&amp;Normal cases:</source>
        <translation>一般诉求(&amp;N)：</translation>
    </message>
    <message>
        <source>Counted from the working day after the case arrives.</source>
        <translation>自受理之次日起按工作日计算。</translation>
    </message>
    <message>
        <source>By request type (replaces the normal limit)</source>
        <translation>按诉求类型（替代一般时限）</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>As normal cases</source>
        <translation>同一般诉求</translation>
    </message>
    <message>
        <source>In hours, holidays included</source>
        <translation>按小时计（含节假日）</translation>
    </message>
    <message>
        <source>&amp;Emergency response:</source>
        <translation>特急响应(&amp;E)：</translation>
    </message>
    <message>
        <source>An emergency is answered within this many hours and completed the same day.</source>
        <translation>特急诉求须在此时限内响应，并当日办结。</translation>
    </message>
    <message>
        <source>U&amp;tilities (water, power, gas, heating):</source>
        <translation>水电气暖(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Public-order leads:</source>
        <translation>治安线索(&amp;P)：</translation>
    </message>
    <message>
        <source>No limit in hours</source>
        <translation>不按小时计</translation>
    </message>
    <message>
        <source>Cases in these categories are due this many calendar hours after they arrive; without a limit they count working days like the others.</source>
        <translation>这些类别的诉求自受理起按自然小时计算时限；不设小时时限的，与其他诉求一样按工作日计算。</translation>
    </message>
    <message>
        <source>Longest e&amp;xtension:</source>
        <translation>最长延期(&amp;X)：</translation>
    </message>
    <message>
        <source>Extensions per &amp;case:</source>
        <translation>每件延期次数(&amp;C)：</translation>
    </message>
    <message>
        <source> extension</source>
        <translation> 次</translation>
    </message>
    <message>
        <source>No extensions</source>
        <translation>不允许延期</translation>
    </message>
    <message>
        <source>&amp;Returning a wrong dispatch:</source>
        <translation>派单错误退单(&amp;R)：</translation>
    </message>
    <message>
        <source>How long a handling unit has to return (退单) a case dispatched to it by mistake.</source>
        <translation>承办单位对错派诉求申请退单的期限。</translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation>恢复默认值(&amp;D)</translation>
    </message>
    <message>
        <source>0: no extensions; 1: one extension per case, as is the practice; at most 3.</source>
        <translation>0：不允许延期；1：每件诉求延期一次（通常做法）；最多 3 次。</translation>
    </message>
    <message>
        <source>&amp;Urgent cases (this office&apos;s choice):</source>
        <translation>紧急诉求（本单位自定）(&amp;U)：</translation>
    </message>
    <message>
        <source>At most the normal limit. An urgent case keeps the shorter of this and its request type&apos;s limit. The hotline rules give no number for urgent cases: 2 is this office&apos;s default.</source>
        <translation>不超过一般诉求的时限。紧急诉求取此时限与其诉求类型时限中较短者。热线规定未给出紧急诉求的天数：2 个工作日是本单位的默认值。</translation>
    </message>
    <message>
        <source>&amp;Signing for a case (this office&apos;s choice):</source>
        <translation>签收时限（本单位自定）(&amp;S)：</translation>
    </message>
    <message>
        <source>How long the handler has to sign for (签收) a case dispatched to it. Signing moves no deadline: the handler&apos;s own runs from the dispatch and never past the case&apos;s.</source>
        <translation>承办人收到派单后须在多长时间内签收。签收不改变任何时限：承办时限自派单起算，且不晚于诉求的办理时限。</translation>
    </message>
    <message>
        <source>Working days follow the working-day calendar; the day a case arrives does not count, and a deadline ends at midnight Beijing time. New limits apply to cases registered or dispatched after saving: deadlines already set are kept. Limits marked as this office&apos;s choice are not set by the hotline rules.</source>
        <translation>工作日以工作日历为准；受理当天不计，时限截至北京时间当天24时。新时限适用于保存后登记或派单的诉求，已定的时限保持不变。标注“本单位自定”的时限并非热线规定。</translation>
    </message>
    <message>
        <source>The limits of the Shandong practice: 5 working days, emergencies the same day, utilities 24 hours, one extension of up to 10 working days, returns within 2; and this office&apos;s own defaults: urgent cases 2 working days, signing for a case within 1.</source>
        <translation>山东热线的时限：5 个工作日，紧急事件当天，水电气暖 24 小时，可延期一次、最长 10 个工作日，退单 2 个工作日内；以及本单位自定的默认值：紧急诉求 2 个工作日，签收 1 个工作日内。</translation>
    </message>
    <message>
        <source>Sign-for, extension, return and callback</source>
        <translation>签收、延期、退单与回访</translation>
    </message>
    <message>
        <source>Calling &amp;back after completion:</source>
        <translation>办结后回访(&amp;B)：</translation>
    </message>
    <message>
        <source>The resident is called back (回访) by the end of this working day after completion; the due board counts the callbacks waiting and those past this limit.</source>
        <translation>办结后须在此时限（工作日）结束前回访诉求人；到期预警统计待回访及超过此时限的诉求。</translation>
    </message>
    <message>
        <source>Calls before &quot;unreachable&quot;:</source>
        <translation>未接通几次算“无法联系”：</translation>
    </message>
    <message>
        <source> calls</source>
        <translation> 次</translation>
    </message>
    <message>
        <source>A callback is closed as unreachable only after this many calls reached nobody, each one recorded on the timeline. Unreachable callbacks enter no satisfaction rate.</source>
        <translation>回访须达到这么多次未接通（每次都记入办理记录）才能按“无法联系”结束。无法联系的回访不计入满意率。</translation>
    </message>
    <message>
        <source>Called back by someone other than the handler</source>
        <translation>回访由承办人以外的人员进行</translation>
    </message>
    <message>
        <source>On: the handler does not call back on its own case, a colleague does (the usual practice); the timeline names who called.</source>
        <translation>勾选：承办人不回访自己办理的诉求，由其他同事回访（通常做法）；办理记录写明回访人。</translation>
    </message>
</context>
<context>
    <name>gdui::DisputeDialog</name>
    <message>
        <source>Record a dispute</source>
        <translation>登记纠纷</translation>
    </message>
    <message>
        <source>Change the dispute</source>
        <translation>修改纠纷</translation>
    </message>
    <message>
        <source>(choose the grid)</source>
        <translation>（请选择网格）</translation>
    </message>
    <message>
        <source>the request&apos;s number, when it came from one</source>
        <translation>由诉求转入时填写诉求编号</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation>调解人类别</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>&amp;Grid:</source>
        <translation>网格(&amp;G)：</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>来源(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Request:</source>
        <translation>关联诉求(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>R&amp;isk:</source>
        <translation>风险等级(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Found:</source>
        <translation>发现时间(&amp;F)：</translation>
    </message>
    <message>
        <source>Found &amp;by:</source>
        <translation>发现人(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;What it is about:</source>
        <translation>简要情况(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Parties:</source>
        <translation>当事人(&amp;P)：</translation>
    </message>
    <message>
        <source>Add a &amp;party</source>
        <translation>添加当事人(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Mediators:</source>
        <translation>调解人(&amp;M)：</translation>
    </message>
    <message>
        <source>Add a m&amp;ediator</source>
        <translation>添加调解人(&amp;E)</translation>
    </message>
</context>
<context>
    <name>gdui::DisputeLedgerDialog</name>
    <message>
        <source>Dispute ledger</source>
        <translation>矛盾纠纷台账</translation>
    </message>
    <message>
        <source>The parties&apos; names, phones and addresses in full (administrators; recorded)</source>
        <translation>当事人完整的姓名、电话和住址（仅限管理员；留痕）</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>范围(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>dispute ledger %1 %2.%3</source>
        <translation>纠纷台账 %1 %2.%3</translation>
    </message>
    <message numerus="yes">
        <source>%n dispute(s) on %1 page(s) written to %2.</source>
        <translation>
            <numerusform>%n 件纠纷，共 %1 页，已写入 %2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dispute(s) written to %1.</source>
        <translation>
            <numerusform>%n 件纠纷已写入 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gdui::DisputeListModel</name>
    <message>
        <source>%1 (to review)</source>
        <translation>%1（待研判）</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1至%2</translation>
    </message>
    <message>
        <source>%1, followed up</source>
        <translation>%1，已回访</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>调解次数</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>化解结果</translation>
    </message>
</context>
<context>
    <name>gdui::DisputeStepDialog</name>
    <message>
        <source>Record a mediation session</source>
        <translation>记录调解</translation>
    </message>
    <message>
        <source>End the dispute</source>
        <translation>纠纷办结</translation>
    </message>
    <message>
        <source>Record the follow-up visit</source>
        <translation>记录跟踪回访</translation>
    </message>
    <message>
        <source>Review the high-risk dispute</source>
        <translation>研判高风险纠纷</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>时间(&amp;W)：</translation>
    </message>
    <message>
        <source>the community mediation room</source>
        <translation>社区调解室</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>地点(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>结果(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>化解结果(&amp;O)：</translation>
    </message>
    <message>
        <source>The mediation agreement: what each party agreed to</source>
        <translation>调解协议：各方同意的内容</translation>
    </message>
    <message>
        <source>&amp;Agreement:</source>
        <translation>调解协议(&amp;A)：</translation>
    </message>
    <message>
        <source>Attach the &amp;scan…</source>
        <translation>附扫描件(&amp;S)…</translation>
    </message>
    <message>
        <source>Sca&amp;nned files:</source>
        <translation>扫描件(&amp;N)：</translation>
    </message>
    <message>
        <source>Referred &amp;to:</source>
        <translation>移交至(&amp;T)：</translation>
    </message>
    <message>
        <source>Does the agreement hold? What did the parties say?</source>
        <translation>协议是否履行？当事人有何反映？</translation>
    </message>
    <message>
        <source>What the review decided: who follows it, what the police grid does</source>
        <translation>研判意见：由谁跟进，警格采取什么措施</translation>
    </message>
    <message>
        <source>&amp;Findings:</source>
        <translation>情况(&amp;F)：</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>%1 (%2 KB)</source>
        <translation>%1（%2 KB）</translation>
    </message>
    <message>
        <source>Attach the agreement&apos;s scan</source>
        <translation>附调解协议扫描件</translation>
    </message>
    <message>
        <source>Scans (*.jpg *.jpeg *.png *.pdf)</source>
        <translation>扫描件 (*.jpg *.jpeg *.png *.pdf)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>gdui::DisputesPage</name>
    <message>
        <source>Every kind</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Every risk</source>
        <translation>全部风险等级</translation>
    </message>
    <message>
        <source>Every outcome</source>
        <translation>全部化解结果</translation>
    </message>
    <message>
        <source>Only high-risk ones to review</source>
        <translation>只看待研判的高风险纠纷</translation>
    </message>
    <message>
        <source>A high-risk dispute stays on the due board until a supervisor or the paired police officer reviews it; these are shown whenever they were found.</source>
        <translation>高风险纠纷在主管或结对民警研判前一直显示在时限看板上；勾选后不论发现日期都会列出。</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>范围(&amp;W)：</translation>
    </message>
    <message>
        <source>Dispute ledger</source>
        <translation>矛盾纠纷台账</translation>
    </message>
    <message>
        <source>&amp;Record a dispute…</source>
        <translation>登记纠纷(&amp;R)…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Parties are shown in full only to the grid&apos;s worker, its grid head, the paired police officer and supervisors; opening a dispute is recorded.</source>
        <translation>当事人完整信息只向本网格的网格员、网格长、结对民警和主管显示；打开纠纷会被记录。</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>修改(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Session…</source>
        <translation>调解记录(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Outcome…</source>
        <translation>办结(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Follow-up…</source>
        <translation>跟踪回访(&amp;F)…</translation>
    </message>
    <message>
        <source>Re&amp;view…</source>
        <translation>研判(&amp;V)…</translation>
    </message>
    <message numerus="yes">
        <source>%n dispute(s)</source>
        <translation>
            <numerusform>%n 件纠纷</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a dispute in the list, or record one (Ctrl+N).&lt;/p&gt;</source>
        <translation>&lt;p&gt;请在列表中选择纠纷，或登记新纠纷（Ctrl+N）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Found %1 by %2 (%3)%4&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 由%2发现（%3）%4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>, from request %1</source>
        <translation>，来自诉求 %1</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Mediators</source>
        <translation>调解人</translation>
    </message>
    <message>
        <source>Mediation sessions</source>
        <translation>调解记录</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>化解结果</translation>
    </message>
    <message>
        <source>, to %1</source>
        <translation>，移交至%1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Agreement: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;调解协议：%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Scan kept: %1 (%2 KB)&lt;/p&gt;</source>
        <translation>&lt;p&gt;已存扫描件：%1（%2 KB）&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Followed up %1: %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;跟踪回访 %1：%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Reviewed %1 by %2: %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 由%2研判：%3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#a8071a&apos;&gt;&lt;b&gt;High risk: waiting for the review of a supervisor or the police grid&apos;s officer (%1).&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#a8071a&apos;&gt;&lt;b&gt;高风险：等待主管或警格民警（%1）研判。&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The dispute was recorded.</source>
        <translation>纠纷已登记。</translation>
    </message>
    <message>
        <source>Change the dispute</source>
        <translation>修改纠纷</translation>
    </message>
    <message>
        <source>Only the grid&apos;s worker, its grid head, the paired police officer and supervisors change a dispute&apos;s parties.</source>
        <translation>只有本网格的网格员、网格长、结对民警和主管可以修改纠纷当事人。</translation>
    </message>
    <message>
        <source>&lt;p&gt;Found %1 (%2)%3&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 发现（%2）%3&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n dispute(s)</source>
        <translation>
            <numerusform>%1：%n 件纠纷</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Ledger…</source>
        <translation>台账(&amp;L)…</translation>
    </message>
    <message>
        <source>The month&apos;s ledger as offices file it: print, PDF or Excel (Ctrl+P)</source>
        <translation>按存档格式输出本月台账：打印、PDF 或 Excel（Ctrl+P）</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;The parties are masked and what is written about the dispute is left out: only the grid&apos;s worker, its grid head, the paired police officer and supervisors see them.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;当事人信息已打码，纠纷的文字记录不予显示：只有本网格的网格员、网格长、结对民警和主管可以查看。&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>gdui::DueBoardModel</name>
    <message>
        <source>(no handler)</source>
        <translation>（无承办人）</translation>
    </message>
    <message>
        <source>Handling unit</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <source>Grid worker</source>
        <translation>网格员</translation>
    </message>
    <message>
        <source>(no grid)</source>
        <translation>（无网格）</translation>
    </message>
    <message>
        <source>Open cases that nobody handles now: returned ones waiting for a decision, or registered outside any grid. Find them in the Cases page by state.</source>
        <translation>目前无人承办的在办诉求：已退单、等待决定去向的，或登记时不属于任何网格的。可在“诉求”页面按状态查找。</translation>
    </message>
    <message>
        <source>Open cases registered outside any grid.</source>
        <translation>登记时不属于任何网格的在办诉求。</translation>
    </message>
    <message>
        <source>Double-click or press Enter for the cases due by the end of the next working day</source>
        <translation>双击或按回车键，查看下一个工作日结束前到期的诉求</translation>
    </message>
    <message>
        <source>Double-click or press Enter for the overdue cases</source>
        <translation>双击或按回车键，查看已超期的诉求</translation>
    </message>
    <message>
        <source>Double-click or press Enter for all open cases</source>
        <translation>双击或按回车键，查看全部在办诉求</translation>
    </message>
    <message>
        <source>Open cases: not yet completed, refused or archived</source>
        <translation>在办诉求：尚未办结、未被拒绝受理、也未归档</translation>
    </message>
    <message>
        <source>Due within a working day: by the end of the next working day</source>
        <translation>一个工作日内到期：在下一个工作日结束前到期</translation>
    </message>
    <message>
        <source>Overdue: open and past the deadline</source>
        <translation>已超期：尚未办结且已超过办理时限</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>在办</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>承办人</translation>
    </message>
    <message>
        <source>Handler type</source>
        <translation>承办人类型</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Grid code</source>
        <translation>网格编码</translation>
    </message>
    <message>
        <source>Double-click or press Enter for the cases dispatched and not signed for in time</source>
        <translation>双击或按回车查看已派单但超时未签收的诉求</translation>
    </message>
    <message>
        <source>Dispatched and not signed for within the office&apos;s limit (File → Case rules)</source>
        <translation>已派单但未在本单位规定时限内签收（文件 → 诉求规则）</translation>
    </message>
    <message>
        <source>Late to sign</source>
        <translation>签收超时</translation>
    </message>
</context>
<context>
    <name>gdui::DueBoardPage</name>
    <message>
        <source>Due and overdue cases</source>
        <translation>到期预警</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>By handler</source>
        <translation>按承办人</translation>
    </message>
    <message>
        <source>By grid</source>
        <translation>按网格</translation>
    </message>
    <message>
        <source>At %1: %2 open, %3 due within a working day, %4 overdue, %5 not signed for in time</source>
        <translation>截至 %1：未办结 %2 件，一个工作日内到期 %3 件，已超期 %4 件，超时未签收 %5 件</translation>
    </message>
    <message>
        <source>Yellow: due by the end of the next working day (%1). Red: past the deadline, or dispatched and not signed for in time. Double-click a row, or press Enter, for its cases.</source>
        <translation>黄色：下一个工作日结束前（%1）到期；红色：已超过办理时限，或已派单但超时未签收。双击某一行或按回车键，查看相应诉求。</translation>
    </message>
    <message>
        <source>Callbacks waiting: %1 (%2 overdue)</source>
        <translation>待回访 %1 件（超期 %2 件）</translation>
    </message>
    <message>
        <source>Completed cases waiting for their callback (回访); red when some are past the callback limit. Click for the list.</source>
        <translation>已办结、等待回访的诉求；有回访超期时显示为红色。点击查看清单。</translation>
    </message>
    <message>
        <source>Households on the care register (关爱台账) whose visit interval has passed without a visit, per grid worker. Click for the register&apos;s late households.</source>
        <translation>关爱台账中超过走访间隔仍未走访的户数，按网格员统计。点击查看台账中逾期的关爱对象。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2 户</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source> …</source>
        <translation> …</translation>
    </message>
    <message>
        <source>Care visits: none late</source>
        <translation>关爱走访：无逾期</translation>
    </message>
    <message>
        <source>Care visits late: %1 (%2)</source>
        <translation>关爱走访逾期：%1 户（%2）</translation>
    </message>
    <message>
        <source>Every household on the care register was visited within its interval.</source>
        <translation>关爱台账中的每户都在走访间隔内走访过。</translation>
    </message>
    <message>
        <source>Late care visits per grid worker: %1</source>
        <translation>各网格员逾期未走访的关爱对象：%1</translation>
    </message>
    <message>
        <source>no police grid</source>
        <translation>无警格</translation>
    </message>
    <message>
        <source>High-risk disputes: none to review</source>
        <translation>高风险纠纷：无待研判</translation>
    </message>
    <message>
        <source>High-risk disputes to review: %1</source>
        <translation>高风险纠纷待研判：%1</translation>
    </message>
    <message>
        <source>Every high-risk dispute was reviewed by a supervisor or its police grid&apos;s officer.</source>
        <translation>所有高风险纠纷都已由主管或警格民警研判。</translation>
    </message>
    <message>
        <source>Waiting for the review of a supervisor or the paired police officer, by police grid: %1. Click for the list.</source>
        <translation>等待主管或结对民警研判，按警格：%1。点击查看列表。</translation>
    </message>
    <message numerus="yes">
        <source>Meeting tasks: %n open, none late</source>
        <translation>
            <numerusform>会商任务：%n 项未办结，无逾期</numerusform>
        </translation>
    </message>
    <message>
        <source>Meeting tasks late: %1 of %2 open</source>
        <translation>会商任务逾期：%2 项未办结中 %1 项</translation>
    </message>
    <message>
        <source>Every open task of the joint meetings is within its due day.</source>
        <translation>联席会商的未办结任务都在时限内。</translation>
    </message>
    <message>
        <source>Past their due day, by owner: %1. Click for the open tasks.</source>
        <translation>已过时限，按责任人：%1。点击查看未办结任务。</translation>
    </message>
</context>
<context>
    <name>gdui::EditCommands</name>
    <message>
        <source>Could not undo or redo</source>
        <translation>无法撤销或重做</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>未删除</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>The record is still in use, so it was deactivated instead of deleted. It stays in the records and can be activated again.</source>
        <translation>该记录仍在使用中，因此已停用而未删除。它仍保留在记录中，可以重新启用。</translation>
    </message>
</context>
<context>
    <name>gdui::EvaluationDialog</name>
    <message>
        <source>Evaluation of %1</source>
        <translation>培训评价：%1</translation>
    </message>
    <message>
        <source> of 5</source>
        <translation> 分（满分 5 分）</translation>
    </message>
    <message>
        <source>What was useful, what was missing</source>
        <translation>哪些内容有用，还缺什么</translation>
    </message>
    <message>
        <source>&amp;Attendee:</source>
        <translation>参训人员(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Score:</source>
        <translation>评分(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>评价意见(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>gdui::Exchange</name>
    <message>
        <source>Streets</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Communities</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Grids</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Police grids</source>
        <translation>警格</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Unit contacts</source>
        <translation>单位联系人</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Workers&apos; grids</source>
        <translation>人员所属网格</translation>
    </message>
    <message>
        <source>Career steps</source>
        <translation>职业发展记录</translation>
    </message>
    <message>
        <source>Grid covers</source>
        <translation>网格代管</translation>
    </message>
    <message>
        <source>Calendar days</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>诉求分类</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>诉求</translation>
    </message>
    <message>
        <source>Case timeline events</source>
        <translation>诉求办理记录</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>WeChat account</source>
        <translation>微信公众号</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Star level</source>
        <translation>星级</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>网格员</translation>
    </message>
    <message>
        <source>Grid head</source>
        <translation>网格长</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>人口</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>诉求内容</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>诉求目的</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>诉求人</translation>
    </message>
    <message>
        <source>Reporter&apos;s phone</source>
        <translation>诉求人电话</translation>
    </message>
    <message>
        <source>Service phone</source>
        <translation>服务电话</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Review criteria</source>
        <translation>考评细则</translation>
    </message>
    <message>
        <source>Monthly reviews</source>
        <translation>月度考评</translation>
    </message>
    <message>
        <source>Review scores typed in</source>
        <translation>考评录入分数</translation>
    </message>
    <message>
        <source>Review results</source>
        <translation>考评结果</translation>
    </message>
    <message>
        <source>Training sessions</source>
        <translation>培训场次</translation>
    </message>
    <message>
        <source>Training attendance</source>
        <translation>参训记录</translation>
    </message>
    <message>
        <source>Review appeals</source>
        <translation>考评申诉</translation>
    </message>
    <message>
        <source>Care register</source>
        <translation>关爱台账</translation>
    </message>
    <message>
        <source>Visits and patrols</source>
        <translation>走访巡查</translation>
    </message>
    <message>
        <source>Visit photos</source>
        <translation>走访照片</translation>
    </message>
    <message>
        <source>Dispute ledger</source>
        <translation>矛盾纠纷台账</translation>
    </message>
    <message>
        <source>Dispute parties</source>
        <translation>纠纷当事人</translation>
    </message>
    <message>
        <source>Dispute mediators</source>
        <translation>纠纷调解人</translation>
    </message>
    <message>
        <source>Mediation sessions</source>
        <translation>调解记录</translation>
    </message>
    <message>
        <source>Dispute files</source>
        <translation>纠纷附件</translation>
    </message>
    <message>
        <source>1+1+N team members</source>
        <translation>“1+1+N”队伍成员</translation>
    </message>
    <message>
        <source>Joint activities</source>
        <translation>警网联动</translation>
    </message>
    <message>
        <source>Grids of joint activities</source>
        <translation>警网联动的网格</translation>
    </message>
    <message>
        <source>People of joint activities</source>
        <translation>警网联动的参加人员</translation>
    </message>
    <message>
        <source>Requests and disputes of joint activities</source>
        <translation>警网联动关联的诉求和纠纷</translation>
    </message>
    <message>
        <source>Joint meetings</source>
        <translation>联席会商</translation>
    </message>
    <message>
        <source>Joint meeting attendees</source>
        <translation>联席会商参会人员</translation>
    </message>
    <message>
        <source>Joint meeting tasks</source>
        <translation>联席会商任务</translation>
    </message>
    <message>
        <source>Residents&apos; councils</source>
        <translation>居民议事</translation>
    </message>
    <message>
        <source>Requests settled by councils</source>
        <translation>居民议事解决的诉求</translation>
    </message>
    <message>
        <source>Kinds of volunteer service</source>
        <translation>志愿服务类别</translation>
    </message>
    <message>
        <source>Volunteer teams</source>
        <translation>志愿服务队</translation>
    </message>
    <message>
        <source>Volunteer team members</source>
        <translation>志愿服务队队员</translation>
    </message>
    <message>
        <source>Volunteer services</source>
        <translation>志愿服务记录</translation>
    </message>
    <message>
        <source>Volunteers who served</source>
        <translation>参加服务的志愿者</translation>
    </message>
    <message>
        <source>Training needs</source>
        <translation>培训需求</translation>
    </message>
    <message>
        <source>Needs of training sessions</source>
        <translation>培训场次对应的需求</translation>
    </message>
    <message>
        <source>Training orders</source>
        <translation>培训点单</translation>
    </message>
    <message>
        <source>Training materials</source>
        <translation>培训资料</translation>
    </message>
    <message>
        <source>Exemplary cases</source>
        <translation>优秀案例</translation>
    </message>
    <message>
        <source>Photos of exemplary cases</source>
        <translation>优秀案例照片</translation>
    </message>
    <message>
        <source>Good ideas</source>
        <translation>金点子</translation>
    </message>
    <message>
        <source>Observation visits</source>
        <translation>交叉观摩</translation>
    </message>
    <message>
        <source>Adoptions of good ideas</source>
        <translation>金点子采纳</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>背景</translation>
    </message>
    <message>
        <source>What the worker did</source>
        <translation>主要做法</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>成效</translation>
    </message>
    <message>
        <source>What others can learn</source>
        <translation>经验启示</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评价意见</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>点评意见</translation>
    </message>
    <message>
        <source>Refinement</source>
        <translation>二次提炼</translation>
    </message>
</context>
<context>
    <name>gdui::ExchangePage</name>
    <message>
        <source>&amp;Export a package…</source>
        <translation>导出数据包(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>&amp;Import a package…</source>
        <translation>导入数据包(&amp;I)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>待处理冲突</translation>
    </message>
    <message>
        <source>Value kept (now in the file)</source>
        <translation>保留的值（当前文件中的值）</translation>
    </message>
    <message>
        <source>Value set aside</source>
        <translation>被搁置的值</translation>
    </message>
    <message>
        <source>&amp;Keep this value</source>
        <translation>保留此值(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Take the other value</source>
        <translation>改用被搁置的值(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Write a new value…</source>
        <translation>改为新值(&amp;W)…</translation>
    </message>
    <message>
        <source>Packages merged</source>
        <translation>已合并的数据包</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>没有待处理的冲突。</translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s) to decide.</source>
        <translation>
            <numerusform>有 %n 个冲突待处理。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Open conflicts (%1)</source>
        <translation>待处理冲突（%1）</translation>
    </message>
    <message>
        <source>Nothing to decide: every merge so far agreed, or every conflict was settled.</source>
        <translation>没有需要决定的事项：到目前为止的合并都没有冲突，或冲突都已处理。</translation>
    </message>
    <message>
        <source>Choose a conflict above.</source>
        <translation>请在上方选择一个冲突。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2: both offices changed it without seeing the other&apos;s change.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2：两个单位在互不知情的情况下都修改了它。</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Written by %1 at %2; newer, so every office keeps it.</source>
        <translation>由 %1 于 %2 写入；时间较新，因此各单位都保留此值。</translation>
    </message>
    <message>
        <source>Written by %1 at %2.</source>
        <translation>由 %1 于 %2 写入。</translation>
    </message>
    <message>
        <source>Only an administrator merges packages.</source>
        <translation>只有管理员可以合并数据包。</translation>
    </message>
    <message>
        <source>Write a new value</source>
        <translation>改为新值</translation>
    </message>
    <message>
        <source>%1 of %2:</source>
        <translation>%2 的%1：</translation>
    </message>
    <message>
        <source>Resolve a conflict</source>
        <translation>处理冲突</translation>
    </message>
    <message>
        <source>&amp;Undo a merge…</source>
        <translation>撤销合并(&amp;U)…</translation>
    </message>
    <message>
        <source>Take a merge back from the undo file it left beside this file</source>
        <translation>用合并时在本文件旁留下的撤销文件撤销该次合并</translation>
    </message>
    <message>
        <source>Choose the merge&apos;s undo file</source>
        <translation>选择合并的撤销文件</translation>
    </message>
    <message>
        <source>GridDesk undo files (*.undo)</source>
        <translation>网格工作台撤销文件 (*.undo)</translation>
    </message>
    <message>
        <source>Undo a merge</source>
        <translation>撤销合并</translation>
    </message>
    <message>
        <source>Take back the merge recorded in %1? Every row it added or changed returns to what it was before; the package can be merged again later.</source>
        <translation>撤销 %1 中记录的合并吗？该次合并新增或改动的每条记录都将恢复原状；之后仍可再次合并该数据包。</translation>
    </message>
    <message>
        <source>The merge of %1 was taken back: %2 row(s) as they were, %3 case(s) re-indexed.</source>
        <translation>已撤销 %1 的合并：%2 条记录恢复原状，%3 件诉求重建了检索索引。</translation>
    </message>
    <message>
        <source>Trusted offices</source>
        <translation>受信任的单位</translation>
    </message>
    <message>
        <source>Offices sent to</source>
        <translation>发送对象</translation>
    </message>
    <message>
        <source>Concurrent actions and keys</source>
        <translation>并发与重号</translation>
    </message>
    <message>
        <source>Concurrent actions and keys (%1)</source>
        <translation>并发与重号（%1）</translation>
    </message>
</context>
<context>
    <name>gdui::ExemplaryDialog</name>
    <message>
        <source>Write up an exemplary case</source>
        <translation>撰写优秀案例</translation>
    </message>
    <message>
        <source>Change the write-up</source>
        <translation>修改案例材料</translation>
    </message>
    <message>
        <source>The request&apos;s number</source>
        <translation>诉求编号</translation>
    </message>
    <message>
        <source>&amp;Fill from it</source>
        <translation>据此填写(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Written up from:</source>
        <translation>案例来源(&amp;W)：</translation>
    </message>
    <message>
        <source>What the matter was, and why it was hard</source>
        <translation>事情经过，以及难点在哪里</translation>
    </message>
    <message>
        <source>What the worker did, step by step</source>
        <translation>网格员的具体做法，逐步写明</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>最终结果如何</translation>
    </message>
    <message>
        <source>What other workers can take from it</source>
        <translation>其他网格员可以借鉴的经验</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Background:</source>
        <translation>背景(&amp;B)：</translation>
    </message>
    <message>
        <source>What the worker &amp;did:</source>
        <translation>主要做法(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>成效(&amp;R)：</translation>
    </message>
    <message>
        <source>What others can &amp;learn:</source>
        <translation>经验启示(&amp;L)：</translation>
    </message>
    <message>
        <source>Add a &amp;photo…</source>
        <translation>添加照片(&amp;P)…</translation>
    </message>
    <message>
        <source>Remove the photo</source>
        <translation>删除照片</translation>
    </message>
    <message>
        <source>Photos:</source>
        <translation>照片：</translation>
    </message>
    <message>
        <source>Add a photo</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png)</source>
        <translation>图片 (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Caption (may stay empty):</source>
        <translation>照片说明（可不填）：</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 (%4 star(s) when written)</source>
        <translation>%1 · %2 · %3（撰写时%4星）</translation>
    </message>
    <message>
        <source>(choose one)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <source>No request has the number %1.</source>
        <translation>没有编号为 %1 的诉求。</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 (%4 star(s) now)</source>
        <translation>%1 · %2 · %3（现为%4星）</translation>
    </message>
    <message>
        <source>no worker credited</source>
        <translation>未注明网格员</translation>
    </message>
    <message>
        <source>(no caption)</source>
        <translation>（无说明）</translation>
    </message>
</context>
<context>
    <name>gdui::ExemplaryPage</name>
    <message>
        <source>every year</source>
        <translation>全部年份</translation>
    </message>
    <message>
        <source>Drafts and approved</source>
        <translation>草稿和已审核</translation>
    </message>
    <message>
        <source>Search the write-ups (Ctrl+F)</source>
        <translation>搜索案例材料（Ctrl+F）</translation>
    </message>
    <message>
        <source>&amp;Write up a case…</source>
        <translation>撰写案例(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>修改(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>审核通过(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>删除(&amp;M)</translation>
    </message>
    <message>
        <source>Exemplary cases</source>
        <translation>优秀案例</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>网格员</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Save the booklet</source>
        <translation>保存汇编</translation>
    </message>
    <message>
        <source>Exemplary cases %1.pdf</source>
        <translation>%1年优秀案例汇编.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;OpenDocument text, opened by Word and WPS (*.odt)</source>
        <translation>PDF (*.pdf);;OpenDocument 文本，可用 Word 和 WPS 打开 (*.odt)</translation>
    </message>
    <message>
        <source>Booklet</source>
        <translation>优秀案例汇编</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n write-up(s)</source>
        <translation>
            <numerusform>共 %n 篇案例材料</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a write-up in the list, or write one up (Ctrl+N).&lt;/p&gt;</source>
        <translation>&lt;p&gt;请在列表中选择一份案例材料，或撰写新案例（Ctrl+N）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 · %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 · %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation>%1 审核通过</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>背景</translation>
    </message>
    <message>
        <source>What the worker did</source>
        <translation>主要做法</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>成效</translation>
    </message>
    <message>
        <source>What others can learn</source>
        <translation>经验启示</translation>
    </message>
    <message>
        <source>The write-up was saved as a draft.</source>
        <translation>案例材料已保存为草稿。</translation>
    </message>
    <message>
        <source>Approve the write-up</source>
        <translation>审核通过案例材料</translation>
    </message>
    <message>
        <source>Remove the write-up</source>
        <translation>删除案例材料</translation>
    </message>
    <message>
        <source>Remove this write-up and its photos?</source>
        <translation>删除这份案例材料及其照片？</translation>
    </message>
    <message>
        <source>No write-up of %1 in this area is approved yet.</source>
        <translation>本范围内尚无 %1 年已审核的案例材料。</translation>
    </message>
    <message>
        <source>Making the booklet…</source>
        <translation>正在生成汇编…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Save the &amp;booklet…</source>
        <translation>保存汇编(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Print the booklet…</source>
        <translation>打印汇编(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>gdui::ExportWizard</name>
    <message>
        <source>Export a package</source>
        <translation>导出数据包</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>What goes into the package</source>
        <translation>数据包包含哪些数据</translation>
    </message>
    <message>
        <source>Everything this office keeps, or one area with what its records need (its workers, the levels above it and all reference data).</source>
        <translation>本单位的全部数据，或一个区域及其记录所需的数据（相关人员、上级区划和全部基础数据）。</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>全部数据</translation>
    </message>
    <message>
        <source>One street</source>
        <translation>一个街道</translation>
    </message>
    <message>
        <source>One community</source>
        <translation>一个社区</translation>
    </message>
    <message>
        <source>One grid</source>
        <translation>一个网格</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>范围(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>区域(&amp;A)：</translation>
    </message>
    <message>
        <source>The receiving office</source>
        <translation>接收单位</translation>
    </message>
    <message>
        <source>GridDesk remembers what it sent to each office, so the next package to it can hold only the changes.</source>
        <translation>网格工作台会记住发给每个单位的内容，下次发给该单位的数据包可以只包含变更。</translation>
    </message>
    <message>
        <source>Receiving office</source>
        <translation>接收单位</translation>
    </message>
    <message>
        <source>e.g. 市南区网格化服务管理中心</source>
        <translation>例如：市南区网格化服务管理中心</translation>
    </message>
    <message>
        <source>Only what changed since the last package sent to this office</source>
        <translation>只包含上次发给该单位之后的变更</translation>
    </message>
    <message>
        <source>The first package to an office holds everything. If a package was lost on the way, untick this box to send everything again.</source>
        <translation>第一次发给某单位的数据包包含全部数据。如果某个数据包在传递中丢失，请取消勾选，重新发送全部数据。</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>单位(&amp;O)：</translation>
    </message>
    <message>
        <source>The package file</source>
        <translation>数据包文件</translation>
    </message>
    <message>
        <source>Save it where you can take it to the other office: a USB stick, or a folder you send by mail.</source>
        <translation>保存到便于带给对方单位的位置：U 盘，或用邮件发送的文件夹。</translation>
    </message>
    <message>
        <source>Package file</source>
        <translation>数据包文件</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Save the package</source>
        <translation>保存数据包</translation>
    </message>
    <message>
        <source>GridDesk packages (*.gdpkg)</source>
        <translation>网格工作台数据包 (*.gdpkg)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>GridDesk</source>
        <translation>网格工作台</translation>
    </message>
    <message>
        <source>-to-%1</source>
        <translation>-发往%1</translation>
    </message>
    <message>
        <source>Choose the area the package is for.</source>
        <translation>请选择数据包对应的区域。</translation>
    </message>
    <message>
        <source>Name the package file.</source>
        <translation>请填写数据包文件名。</translation>
    </message>
    <message>
        <source>Writing the package…</source>
        <translation>正在写出数据包…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The export was cancelled; no package was written.</source>
        <translation>导出已取消，没有写出数据包。</translation>
    </message>
    <message>
        <source>The package %1 was written: %2 records, %3 MB.</source>
        <translation>数据包 %1 已写出：%2 条记录，%3 MB。</translation>
    </message>
</context>
<context>
    <name>gdui::FieldErrors</name>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>gdui::FigureOrigin</name>
    <message>
        <source>The whole hub</source>
        <translation>枢纽全部</translation>
    </message>
</context>
<context>
    <name>gdui::FigureTile</name>
    <message>
        <source>cases counted now</source>
        <translation>当前实时统计</translation>
    </message>
    <message numerus="yes">
        <source>&lt;a href=&apos;denominator&apos;&gt;%n case(s) done&lt;/a&gt;</source>
        <translation>
            <numerusform>&lt;a href=&apos;denominator&apos;&gt;已办结 %n 件&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;a href=&apos;numerator&apos;&gt;%1&lt;/a&gt; of &lt;a href=&apos;denominator&apos;&gt;%2&lt;/a&gt;</source>
        <translation>&lt;a href=&apos;numerator&apos;&gt;%1&lt;/a&gt; / &lt;a href=&apos;denominator&apos;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>counted at this moment</source>
        <translation>按当前时刻统计</translation>
    </message>
    <message>
        <source>MoM</source>
        <translation>环比</translation>
    </message>
    <message>
        <source>YoY</source>
        <translation>同比</translation>
    </message>
    <message>
        <source>Fewer than %1 cases: shown for reference, not ranked.</source>
        <translation>不足 %1 件：仅供参考，不参与排名。</translation>
    </message>
</context>
<context>
    <name>gdui::FindingDialog</name>
    <message>
        <source>Register the finding as a case</source>
        <translation>登记为诉求</translation>
    </message>
    <message>
        <source>(choose a category)</source>
        <translation>（选择类别）</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>需办理的事项</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>类别(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>诉求类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Urgency:</source>
        <translation>紧急程度(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>诉求内容(&amp;W)：</translation>
    </message>
    <message>
        <source>What is to be &amp;done:</source>
        <translation>诉求要求(&amp;D)：</translation>
    </message>
    <message>
        <source>(choose the grid)</source>
        <translation>（请选择网格）</translation>
    </message>
    <message>
        <source>&amp;Grid:</source>
        <translation>网格(&amp;G)：</translation>
    </message>
</context>
<context>
    <name>gdui::FormRows</name>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>gdui::GridForm</name>
    <message>
        <source>15 digits: the community&apos;s 12 and a 3-digit number</source>
        <translation>15 位：社区的 12 位编码加 3 位序号</translation>
    </message>
    <message>
        <source>Community:</source>
        <translation>社区：</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>编码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>Sco&amp;pe:</source>
        <translation>网格范围(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Households:</source>
        <translation>户数(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Residents:</source>
        <translation>常住人口(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Elderly share:</source>
        <translation>老年人占比(&amp;E)：</translation>
    </message>
    <message>
        <source>Grid &amp;worker:</source>
        <translation>网格员(&amp;W)：</translation>
    </message>
    <message>
        <source>Paired p&amp;olice grid:</source>
        <translation>结对警格(&amp;O)：</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Add b&amp;uilding…</source>
        <translation>添加楼栋(&amp;U)…</translation>
    </message>
    <message>
        <source>Edit building…</source>
        <translation>编辑楼栋…</translation>
    </message>
    <message>
        <source>Remove building</source>
        <translation>删除楼栋</translation>
    </message>
    <message>
        <source>(vacant)</source>
        <translation>（空缺）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>(not paired)</source>
        <translation>（未结对）</translation>
    </message>
    <message>
        <source>New grid</source>
        <translation>新建网格</translation>
    </message>
    <message>
        <source>Grid: %1</source>
        <translation>网格：%1</translation>
    </message>
    <message>
        <source>Gr&amp;id head:</source>
        <translation>网格长(&amp;I)：</translation>
    </message>
    <message>
        <source>Propert&amp;y company:</source>
        <translation>物业公司(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;No property company (open courtyard)</source>
        <translation>无物业（开放式小区）(&amp;N)</translation>
    </message>
    <message>
        <source>The card template&apos;s promise</source>
        <translation>使用联系卡模板的承诺</translation>
    </message>
    <message>
        <source>Grid pro&amp;mise:</source>
        <translation>网格承诺(&amp;M)：</translation>
    </message>
</context>
<context>
    <name>gdui::GridWorkStrip</name>
    <message>
        <source>now</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>MoM %1</source>
        <translation>环比 %1</translation>
    </message>
    <message>
        <source>%1: click for the records counted.</source>
        <translation>%1：点击查看所计的记录。</translation>
    </message>
    <message>
        <source>Grid work: visits, disputes and joint work</source>
        <translation>网格工作：走访、纠纷与警网融合</translation>
    </message>
    <message>
        <source>Disputes settled ÷ (settled + referred), of those ended in the period; a withdrawn dispute counts in neither.</source>
        <translation>调解成功率 = 调解成功件数 ÷（调解成功 + 移交）件数，按统计期内办结的纠纷计；撤回的纠纷不计入。</translation>
    </message>
    <message>
        <source>Joint meetings&apos; tasks done by the end of their due day ÷ the tasks due in the period.</source>
        <translation>在时限当日结束前办结的会商任务 ÷ 本期到期的会商任务。</translation>
    </message>
    <message>
        <source>Click for the settled ones.</source>
        <translation>点击查看调解成功的纠纷。</translation>
    </message>
    <message>
        <source>Click for those done on time.</source>
        <translation>点击查看按期办结的任务。</translation>
    </message>
    <message>
        <source>Counted from the records the hub holds; each office&apos;s file lists them.</source>
        <translation>按枢纽汇集的记录统计；明细见各单位自己的台账。</translation>
    </message>
</context>
<context>
    <name>gdui::HoldBanner</name>
    <message>
        <source>The PC&apos;s clock is &amp;right</source>
        <translation>本机时间无误(&amp;R)</translation>
    </message>
    <message>
        <source>An administrator&apos;s confirmation, kept in the audit log.</source>
        <translation>由管理员确认，记入审计日志。</translation>
    </message>
    <message>
        <source>The PC&apos;s clock is right</source>
        <translation>本机时间无误</translation>
    </message>
    <message>
        <source>Confirm that this PC&apos;s date and time (%1) are right? Everything saved from now on is dated by it.</source>
        <translation>确认本机的日期和时间（%1）无误？此后保存的一切都以它为准。</translation>
    </message>
</context>
<context>
    <name>gdui::HotlineImportDialog</name>
    <message>
        <source>Import 12345 hotline work orders</source>
        <translation>导入 12345 热线工单</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV 文件</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <source>Choose the CSV file</source>
        <translation>选择 CSV 文件</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Choose the CSV file the 12345 hotline exported.</source>
        <translation>请选择 12345 热线导出的 CSV 文件。</translation>
    </message>
    <message>
        <source>Columns (* required)</source>
        <translation>列对应（* 为必填）</translation>
    </message>
    <message>
        <source>Column for %1</source>
        <translation>%1 对应的列</translation>
    </message>
    <message>
        <source>Preview of the first %1 lines</source>
        <translation>前 %1 行预览</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>C&amp;opy report</source>
        <translation>复制报告(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Choose the hotline&apos;s CSV file</source>
        <translation>选择热线的 CSV 文件</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message numerus="yes">
        <source>%1 text, %n line(s) of work orders.</source>
        <translation>
            <numerusform>%1 文本，共 %n 行工单。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of the first %2 would not be imported (shaded; the tooltip says why).</source>
        <translation>前 %2 行中有 %1 行不会导入（已加底色，悬停可看原因）。</translation>
    </message>
    <message>
        <source>Importing work orders…</source>
        <translation>正在导入工单…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1, already imported %2, refused %3, of %n line(s).</source>
        <translation>
            <numerusform>共 %n 行：导入 %1，已导入过 %2，拒收 %3。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled before line %1: the lines above it are imported, the rest are not.</source>
        <translation>在第 %1 行之前取消：此前的行已导入，其余未导入。</translation>
    </message>
    <message>
        <source>Correct the refused lines in the file and import it again: the lines already imported are skipped.</source>
        <translation>请在文件中改正被拒收的行后重新导入：已导入的行会自动跳过。</translation>
    </message>
    <message>
        <source>Imported orders are cases like any other: a wrong one is refused or closed on the case page, and importing the same file again adds nothing twice.</source>
        <translation>导入的工单与其他诉求一样：有误的工单在诉求页面不予受理或办结；再次导入同一文件不会重复添加。</translation>
    </message>
    <message>
        <source>Hotline categories this office does not have</source>
        <translation>本单位没有的热线分类</translation>
    </message>
    <message>
        <source>Notes on the lines</source>
        <translation>各行说明</translation>
    </message>
    <message>
        <source>Our category for %1</source>
        <translation>%1 对应的本单位分类</translation>
    </message>
    <message>
        <source>(under Other, flagged)</source>
        <translation>（归入“其他”并标记）</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>%1 of them repeat a case on file: checked, a line is attached to it (from score %2); the others from score %3 wait in the review of suspected repeats.</source>
        <translation>其中 %1 行与已有诉求重复：勾选的行将并入该诉求（分值达 %2 默认勾选）；其余分值达 %3 的进入疑似重复研判。</translation>
    </message>
    <message>
        <source>The import is finished; the lines it did not take, or took with a note, are listed below.</source>
        <translation>导入完成；未导入或附有说明的行列在下方。</translation>
    </message>
    <message>
        <source>Attached to the cases they repeat: %1; waiting in the review of suspected repeats (Cases → More → Suspected repeats): %2.</source>
        <translation>已并入所重复的诉求：%1；待疑似重复研判（诉求 → 更多 → 疑似重复）：%2。</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) imported under Other (13) because their category is not mapped: each case says so in its timeline.</source>
        <translation>
            <numerusform>%n 行因分类未对应而归入“其他”（13）：每件诉求的办理记录中都有说明。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gdui::HotlinePreviewModel</name>
    <message>
        <source>Already imported</source>
        <translation>已导入过</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒收</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Ready to import</source>
        <translation>可导入</translation>
    </message>
    <message>
        <source>Attach as a repeat</source>
        <translation>作为重复并入</translation>
    </message>
    <message>
        <source>Import under Other</source>
        <translation>归入“其他”导入</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Repeats %1 (score %2: %3). Checked, the line is attached to it as one of its reports; unchecked, it is a case of its own.</source>
        <translation>与 %1 重复（分值 %2：%3）。勾选则作为重复反映并入该诉求；不勾选则作为单独的诉求。</translation>
    </message>
    <message>
        <source>Category &quot;%1&quot; is not one of this office&apos;s and is not mapped: the case is imported under Other (13) and flagged. Map it above.</source>
        <translation>分类“%1”不是本单位的分类，也未设置对应：该诉求将归入“其他”（13）并加标记。请在上方设置对应。</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>疑似重复</translation>
    </message>
</context>
<context>
    <name>gdui::HotlineReportModel</name>
    <message>
        <source>Already imported</source>
        <translation>已导入过</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒收</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>gdui::HubCaseDialog</name>
    <message>
        <source>Case</source>
        <translation>诉求</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>保存为 &amp;PDF…</translation>
    </message>
    <message>
        <source>Case %1 — %2</source>
        <translation>诉求 %1 — %2</translation>
    </message>
    <message>
        <source>Save the case as PDF</source>
        <translation>将诉求保存为 PDF</translation>
    </message>
    <message>
        <source>case %1.pdf</source>
        <translation>诉求 %1.pdf</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>This case was deleted in its office; it is shown as it was left.</source>
        <translation>此诉求已在其所属单位删除；以下为删除时的内容。</translation>
    </message>
</context>
<context>
    <name>gdui::HubCasesPage</name>
    <message>
        <source>&amp;Place:</source>
        <translation>地点(&amp;P)：</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>时限(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>渠道(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>排序(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Read the list again (F5): the hub takes the offices&apos; packages between two looks</source>
        <translation>重新读取列表（F5）：两次查看之间枢纽可能已接收各单位的数据包</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) on the hub</source>
        <translation>
            <numerusform>枢纽共 %n 条诉求</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n case(s) (until another filter is chosen)</source>
        <translation>
            <numerusform>%1：%n 条诉求（选择其他筛选条件后恢复）</numerusform>
        </translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>类别(&amp;G)：</translation>
    </message>
    <message>
        <source>Rece&amp;ived:</source>
        <translation>受理时间(&amp;I)：</translation>
    </message>
    <message>
        <source>Search the hub&apos;s cases</source>
        <translation>搜索枢纽的诉求</translation>
    </message>
    <message>
        <source>Search: words, a name, or a phone&apos;s last digits (Ctrl+F)</source>
        <translation>搜索：词语、姓名或电话尾号（Ctrl+F）</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) found on the hub; the filters are set aside while searching</source>
        <translation>
            <numerusform>在枢纽中找到 %n 条诉求；搜索时不使用筛选条件</numerusform>
        </translation>
    </message>
    <message>
        <source>Case</source>
        <translation>诉求</translation>
    </message>
</context>
<context>
    <name>gdui::HubWindow</name>
    <message>
        <source>GridDesk — hub %1 (read only)</source>
        <translation>网格工作台 — 枢纽“%1”（只读）</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>数据看板(&amp;D)</translation>
    </message>
    <message>
        <source>C&amp;ases</source>
        <translation>诉求(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Hub: %1 · read only: offices write in their own files and send the hub their packages (griddesk-hub ingest)</source>
        <translation>枢纽：%1 · 只读：各单位在自己的数据文件中录入，再把数据包交给枢纽（griddesk-hub ingest）</translation>
    </message>
    <message>
        <source>Open hub</source>
        <translation>打开枢纽</translation>
    </message>
    <message>
        <source>The hub&apos;s PostgreSQL connection, e.g. &quot;service=griddesk&quot; (a pg service file) or &quot;host=hub.example dbname=griddesk user=reader&quot;.
The password comes from ~/.pgpass or PGPASSWORD, never from here.</source>
        <translation>枢纽的 PostgreSQL 连接，例如“service=griddesk”（pg 服务文件）或“host=hub.example dbname=griddesk user=reader”。
密码来自 ~/.pgpass 或 PGPASSWORD 环境变量，不要写在这里。</translation>
    </message>
</context>
<context>
    <name>gdui::IdeaFormDialog</name>
    <message>
        <source>Propose a good idea</source>
        <translation>提出金点子</translation>
    </message>
    <message>
        <source>Change the good idea</source>
        <translation>修改金点子</translation>
    </message>
    <message>
        <source>Observation visit to %1</source>
        <translation>交叉观摩：%1</translation>
    </message>
    <message>
        <source>%1 adopted by a street</source>
        <translation>街道采纳：%1</translation>
    </message>
    <message>
        <source>(the district&apos;s leaders)</source>
        <translation>（区领导）</translation>
    </message>
    <message>
        <source>(choose the street)</source>
        <translation>（选择街道）</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>街道(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Name of the idea:</source>
        <translation>金点子名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>内容描述(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Where it is used:</source>
        <translation>应用范围(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Proposed on:</source>
        <translation>提出日期(&amp;P)：</translation>
    </message>
    <message>
        <source>e.g. 区委组织部带队，各街道分管领导</source>
        <translation>例如：区委组织部带队，各街道分管领导</translation>
    </message>
    <message>
        <source>&amp;Visiting street:</source>
        <translation>观摩街道(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Who visited:</source>
        <translation>观摩人员(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Comments:</source>
        <translation>点评意见(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Refinement:</source>
        <translation>二次提炼(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Adopted on:</source>
        <translation>采纳日期(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>gdui::IdeasPage</name>
    <message>
        <source>every year</source>
        <translation>全部年份</translation>
    </message>
    <message>
        <source>Proposed in:</source>
        <translation>提出年份：</translation>
    </message>
    <message>
        <source>&amp;Propose an idea…</source>
        <translation>提出金点子(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>修改(&amp;C)…</translation>
    </message>
    <message>
        <source>Record a &amp;visit…</source>
        <translation>记录观摩(&amp;V)…</translation>
    </message>
    <message>
        <source>Mark &amp;adopted…</source>
        <translation>登记采纳(&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>删除(&amp;M)</translation>
    </message>
    <message>
        <source>Good ideas</source>
        <translation>金点子</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>提出日期</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Good idea</source>
        <translation>金点子</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>观摩次数</translation>
    </message>
    <message>
        <source>Adopted by</source>
        <translation>采纳街道</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s)</source>
        <translation>
            <numerusform>共 %n 条金点子</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n adoption(s)</source>
        <translation>
            <numerusform>%n 次采纳</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose an idea in the list, or propose one (Ctrl+N).&lt;/p&gt;</source>
        <translation>&lt;p&gt;请在列表中选择一条金点子，或提出新的金点子（Ctrl+N）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Used in: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;应用范围：%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Observation visits (%1)&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;交叉观摩（%1）&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Comments: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;点评意见：%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Refinement: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;二次提炼：%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Adopted by (%1)&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;采纳街道（%1）&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>Remove the good idea</source>
        <translation>删除金点子</translation>
    </message>
    <message>
        <source>Remove this idea with its visits and adoptions?</source>
        <translation>删除这条金点子及其观摩和采纳记录？</translation>
    </message>
    <message>
        <source>&amp;Withdraw an adoption or visit…</source>
        <translation>撤回采纳或观摩(&amp;W)…</translation>
    </message>
    <message>
        <source>Adopted by %1 on %2</source>
        <translation>%1 于 %2 采纳</translation>
    </message>
    <message>
        <source>Visit of %1 by %2</source>
        <translation>%1 观摩（%2）</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>This idea has no adoption or visit yet.</source>
        <translation>这条金点子还没有采纳或观摩记录。</translation>
    </message>
    <message>
        <source>Which one was recorded by mistake?</source>
        <translation>哪一条是误登记的？</translation>
    </message>
</context>
<context>
    <name>gdui::ImportDialog</name>
    <message>
        <source>Import a package</source>
        <translation>导入数据包</translation>
    </message>
    <message>
        <source>Package file</source>
        <translation>数据包文件</translation>
    </message>
    <message>
        <source>Choose the package another office sent (*.gdpkg)</source>
        <translation>选择其他单位发来的数据包 (*.gdpkg)</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <source>Package:</source>
        <translation>数据包：</translation>
    </message>
    <message>
        <source>What merging changes, per kind of data</source>
        <translation>合并将改变的内容（按数据类别）</translation>
    </message>
    <message>
        <source>&amp;Merge into this file</source>
        <translation>合并到本文件(&amp;M)</translation>
    </message>
    <message>
        <source>Nothing is written until you press Merge: first GridDesk checks the package and shows what merging it would change.</source>
        <translation>在按下“合并”之前不会写入任何内容：网格工作台会先检查数据包，并显示合并将带来的变化。</translation>
    </message>
    <message>
        <source>Choose a package</source>
        <translation>选择数据包</translation>
    </message>
    <message>
        <source>GridDesk packages (*.gdpkg);;All files (*)</source>
        <translation>网格工作台数据包 (*.gdpkg);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Checking the package…</source>
        <translation>正在检查数据包…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelled: nothing was checked further, nothing written.</source>
        <translation>已取消：没有继续检查，也没有写入任何内容。</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>全部数据</translation>
    </message>
    <message>
        <source>one area (%1)</source>
        <translation>一个区域（%1）</translation>
    </message>
    <message>
        <source>%1, only the changes since the last package to %2</source>
        <translation>%1，仅含上次发给%2之后的变更</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>已取消：没有写入任何内容。</translation>
    </message>
    <message>
        <source>This package was merged before: merging it again would change nothing.</source>
        <translation>这个数据包以前已经合并过：再次合并不会改变任何内容。</translation>
    </message>
    <message>
        <source>Checked: the package is whole and from another office. Merging adds %1 records, updates %2, and finds %3 conflicts (both offices changed the same value; the newer is kept, the other is listed under Conflicts). Nothing has been written yet.</source>
        <translation>检查通过：数据包完整，来自其他单位。合并将新增 %1 条记录、更新 %2 条，发现 %3 个冲突（两个单位修改了同一个值：保留较新的值，另一个列入“待处理冲突”）。目前还没有写入任何内容。</translation>
    </message>
    <message>
        <source>Merging the package…</source>
        <translation>正在合并数据包…</translation>
    </message>
    <message>
        <source>Cancelled: the file is as it was before the merge.</source>
        <translation>已取消：文件保持合并前的状态。</translation>
    </message>
    <message>
        <source>The package carried times far ahead of this PC&apos;s clock; they were capped. Check the other office&apos;s clock.</source>
        <translation>数据包中的时间远超本机时钟，已按上限处理。请检查对方单位电脑的时钟。</translation>
    </message>
    <message>
        <source>From &lt;b&gt;%1&lt;/b&gt;, made %2; it holds %3.</source>
        <translation>来自&lt;b&gt;%1&lt;/b&gt;，生成于 %2；内容为%3。</translation>
    </message>
    <message>
        <source>Merged: %1 records added, %2 updated, %3 conflicts. To take it back, use Undo a merge… with %4.</source>
        <translation>已合并：新增 %1 条，更新 %2 条，冲突 %3 条。如需撤销，请在“撤销合并…”中选择 %4。</translation>
    </message>
    <message>
        <source>Undo a merge… on the Exchange page takes the whole merge back, from the undo file the merge leaves beside the database.</source>
        <translation>可在“数据交换”页面用“撤销合并…”撤回整次合并，依据的是合并时在数据库旁留下的撤销文件。</translation>
    </message>
    <message>
        <source>&amp;Trust this office…</source>
        <translation>信任该单位(&amp;T)…</translation>
    </message>
    <message>
        <source>Compare the key&apos;s fingerprint with the office that sent it, then merge its packages</source>
        <translation>与发来数据包的单位核对密钥指纹，然后合并其数据包</translation>
    </message>
</context>
<context>
    <name>gdui::IntakePage</name>
    <message>
        <source>Anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <source>Road and number, or the building&apos;s name: the grid is found from it</source>
        <translation>路名和门牌号，或楼栋名称：据此自动确定网格</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>渠道(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>诉求类型(&amp;T)：</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>类别(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Urgency:</source>
        <translation>紧急程度(&amp;U)：</translation>
    </message>
    <message>
        <source>Reporter&apos;s &amp;name:</source>
        <translation>诉求人姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Building:</source>
        <translation>楼栋(&amp;B)：</translation>
    </message>
    <message>
        <source>G&amp;rid:</source>
        <translation>网格(&amp;R)：</translation>
    </message>
    <message>
        <source>What &amp;happened:</source>
        <translation>问题描述(&amp;H)：</translation>
    </message>
    <message>
        <source>What they as&amp;k for:</source>
        <translation>具体诉求(&amp;K)：</translation>
    </message>
    <message>
        <source>Recei&amp;ved:</source>
        <translation>受理时间(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Lead (first responder):</source>
        <translation>首问负责单位(&amp;L)：</translation>
    </message>
    <message>
        <source>Refer to un&amp;it:</source>
        <translation>转交承办单位(&amp;I)：</translation>
    </message>
    <message>
        <source>Handler:</source>
        <translation>承办人：</translation>
    </message>
    <message>
        <source>Possible repeats</source>
        <translation>疑似重复诉求</translation>
    </message>
    <message>
        <source>A&amp;ttach to the selected case</source>
        <translation>并入所选诉求(&amp;T)</translation>
    </message>
    <message>
        <source>The report joins that case&apos;s timeline and is not counted twice (Ctrl+Shift+Enter)</source>
        <translation>本次反映并入该诉求的办理记录，不重复计数（Ctrl+Shift+Enter）</translation>
    </message>
    <message>
        <source>&amp;Register as a new case</source>
        <translation>登记为新诉求(&amp;R)</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Undo the attach (split back out)</source>
        <translation>撤销并入（重新拆分）</translation>
    </message>
    <message>
        <source>(choose a category)</source>
        <translation>（请选择类别）</translation>
    </message>
    <message>
        <source>(no grid)</source>
        <translation>（无网格）</translation>
    </message>
    <message>
        <source>(none: the grid worker handles it)</source>
        <translation>（无：由网格员办理）</translation>
    </message>
    <message>
        <source>(decided at dispatch)</source>
        <translation>（派单时确定）</translation>
    </message>
    <message>
        <source>%1, the grid&apos;s worker (%2)</source>
        <translation>%1，本网格网格员（%2）</translation>
    </message>
    <message>
        <source>Registered as %1. Due %2.</source>
        <translation>已登记，编号 %1，%2 到期。</translation>
    </message>
    <message>
        <source>Registered as %1, without a deadline: %2</source>
        <translation>已登记，编号 %1，未设办理时限：%2</translation>
    </message>
    <message>
        <source>Attached to %1 as another report of the same matter.</source>
        <translation>已作为重复反映并入 %1。</translation>
    </message>
    <message>
        <source>Not split</source>
        <translation>未拆分</translation>
    </message>
    <message>
        <source>Split back out as its own case %1.</source>
        <translation>已拆分为单独的诉求 %1。</translation>
    </message>
    <message>
        <source>The first unit that takes the case leads it to the end, even when others do the work</source>
        <translation>首问负责制：首个受理的单位负责到底，即使具体由其他单位办理</translation>
    </message>
    <message>
        <source>This office</source>
        <translation>本单位</translation>
    </message>
    <message>
        <source>This office (%1)</source>
        <translation>本单位（%1）</translation>
    </message>
    <message>
        <source>Lead: choose this office or a unit from the list.</source>
        <translation>首问负责单位：请选择本单位或列表中的单位。</translation>
    </message>
    <message>
        <source>Registered.</source>
        <translation>已登记。</translation>
    </message>
    <message>
        <source>Ans&amp;wer at the desk:</source>
        <translation>当场答复(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Settle at the desk</source>
        <translation>当场办结(&amp;S)</translation>
    </message>
    <message>
        <source>Register the case and settle it with the answer given, in one step: no dispatch and no callback (Ctrl+Alt+Enter)</source>
        <translation>登记诉求并以所填答复当场办结，一步完成：不派单、不回访（Ctrl+Alt+Enter）</translation>
    </message>
    <message>
        <source>Answer at the desk: write the answer the resident was given.</source>
        <translation>当场答复：请填写给群众的答复。</translation>
    </message>
    <message>
        <source>Registered as %1 and settled at the desk.</source>
        <translation>已登记，编号 %1，已当场办结。</translation>
    </message>
    <message>
        <source>Answered or solved while the resident waits: the answer given</source>
        <translation>群众在场时已解答或办结的，填写给群众的答复</translation>
    </message>
    <message>
        <source>%1 · %2 · %3
%4: %5
%6</source>
        <translation>%1 · %2 · %3
%4：%5
%6</translation>
    </message>
    <message>
        <source>Who found the matter on patrol: the star review credits the find to them, whoever handles it</source>
        <translation>巡查发现问题的人员：星级评定的“主动发现”计入发现人，而不是承办人</translation>
    </message>
    <message>
        <source>&amp;Found by:</source>
        <translation>发现人(&amp;F)：</translation>
    </message>
    <message>
        <source>(the grid&apos;s worker)</source>
        <translation>（本网格网格员）</translation>
    </message>
</context>
<context>
    <name>gdui::JointActivitiesTab</name>
    <message>
        <source>Every police grid</source>
        <translation>全部警格</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>范围(&amp;W)：</translation>
    </message>
    <message>
        <source>Joint activities</source>
        <translation>警网联动</translation>
    </message>
    <message>
        <source>&amp;Record joint work…</source>
        <translation>登记联动(&amp;R)…</translation>
    </message>
    <message numerus="yes">
        <source>%n joint activit(ies)</source>
        <translation>
            <numerusform>%n 条联动记录</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose joint work in the list, or record it (Ctrl+N).&lt;/p&gt;</source>
        <translation>&lt;p&gt;请在列表中选择联动记录，或登记一条（Ctrl+N）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Grids: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;网格：%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>People</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <source>request %1</source>
        <translation>诉求 %1</translation>
    </message>
    <message>
        <source>dispute %1</source>
        <translation>纠纷 %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Dealt with: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;处理事项：%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Recorded by %1&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;登记人：%1&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The joint work was recorded.</source>
        <translation>已登记警网联动。</translation>
    </message>
    <message>
        <source>Change the joint work</source>
        <translation>修改警网联动</translation>
    </message>
    <message>
        <source>Remove the joint work</source>
        <translation>删除警网联动</translation>
    </message>
    <message>
        <source>Remove this joint work from the record?</source>
        <translation>从记录中删除这条警网联动？</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n joint activit(ies)</source>
        <translation>
            <numerusform>%1：%n 条联动记录</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gdui::JointActivityDialog</name>
    <message>
        <source>Record joint work</source>
        <translation>登记警网联动</translation>
    </message>
    <message>
        <source>Change the joint work</source>
        <translation>修改警网联动</translation>
    </message>
    <message>
        <source>(choose the police grid)</source>
        <translation>（请选择警格）</translation>
    </message>
    <message>
        <source>request numbers and dispute ids, separated by spaces</source>
        <translation>诉求编号和纠纷编号，用空格分隔</translation>
    </message>
    <message>
        <source>&amp;Police grid:</source>
        <translation>警格(&amp;P)：</translation>
    </message>
    <message>
        <source>G&amp;rids:</source>
        <translation>网格(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>时间(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;What was done:</source>
        <translation>工作内容(&amp;W)：</translation>
    </message>
    <message>
        <source>P&amp;eople:</source>
        <translation>参加人员(&amp;E)：</translation>
    </message>
    <message>
        <source>Re&amp;quests and disputes:</source>
        <translation>关联诉求和纠纷(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>gdui::JointActivityListModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Police grid</source>
        <translation>警格</translation>
    </message>
    <message>
        <source>Grids</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>工作内容</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
</context>
<context>
    <name>gdui::JointMeetingDialog</name>
    <message>
        <source>Record a joint meeting</source>
        <translation>登记联席会商</translation>
    </message>
    <message>
        <source>Change the joint meeting</source>
        <translation>修改联席会商</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>层级(&amp;L)：</translation>
    </message>
    <message>
        <source>Held &amp;by:</source>
        <translation>召开单位(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>时间(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Agenda:</source>
        <translation>议题(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Issues judged:</source>
        <translation>研判事项(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Decisions:</source>
        <translation>会商决定(&amp;D)：</translation>
    </message>
    <message>
        <source>A&amp;ttendees:</source>
        <translation>参会人员(&amp;T)：</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Follow-up ta&amp;sks:</source>
        <translation>跟踪任务(&amp;S)：</translation>
    </message>
    <message>
        <source>Add a tas&amp;k</source>
        <translation>添加任务(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>(choose where it was held)</source>
        <translation>（请选择召开单位）</translation>
    </message>
</context>
<context>
    <name>gdui::JointMeetingListModel</name>
    <message>
        <source>%1 of %2 done</source>
        <translation>%2 项中已办结 %1 项</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>召开单位</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>议题</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>参会人数</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
</context>
<context>
    <name>gdui::JointMeetingsTab</name>
    <message>
        <source>Every level</source>
        <translation>全部层级</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>范围(&amp;W)：</translation>
    </message>
    <message>
        <source>Joint meetings</source>
        <translation>联席会商</translation>
    </message>
    <message>
        <source>&amp;Record a meeting…</source>
        <translation>登记会商(&amp;R)…</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n 次会商</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a meeting in the list, or record one (Ctrl+N).&lt;/p&gt;</source>
        <translation>&lt;p&gt;请在列表中选择会商，或登记一次（Ctrl+N）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Attendees: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;参会人员：%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Issues judged&lt;/h4&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;h4&gt;研判事项&lt;/h4&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Decisions&lt;/h4&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;h4&gt;会商决定&lt;/h4&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The meeting was recorded.</source>
        <translation>已登记联席会商。</translation>
    </message>
    <message>
        <source>Change the joint meeting</source>
        <translation>修改联席会商</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n meeting(s)</source>
        <translation>
            <numerusform>%1：%n 次会商</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gdui::JointPage</name>
    <message>
        <source>Joint &amp;activities</source>
        <translation>警网联动(&amp;A)</translation>
    </message>
    <message>
        <source>Joint &amp;meetings</source>
        <translation>联席会商(&amp;M)</translation>
    </message>
    <message>
        <source>Meeting &amp;tasks</source>
        <translation>会商任务(&amp;T)</translation>
    </message>
    <message>
        <source>1+1+N &amp;teams</source>
        <translation>“1+1+N”队伍(&amp;T)</translation>
    </message>
</context>
<context>
    <name>gdui::JointPeopleEditor</name>
    <message>
        <source>Person (from the register, or a name)</source>
        <translation>人员（从人员库选择，或填写姓名）</translation>
    </message>
    <message>
        <source>Add a &amp;person</source>
        <translation>添加人员(&amp;P)</translation>
    </message>
</context>
<context>
    <name>gdui::JointTaskTable</name>
    <message>
        <source>Due</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>办结时间</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>诉求</translation>
    </message>
    <message>
        <source>&amp;Done…</source>
        <translation>办结(&amp;D)…</translation>
    </message>
    <message>
        <source>Make a re&amp;quest…</source>
        <translation>登记为诉求(&amp;Q)…</translation>
    </message>
    <message>
        <source>Register the task as a request found proactively, credited to its owner</source>
        <translation>把任务登记为主动发现的诉求，记在责任人名下</translation>
    </message>
    <message>
        <source>The task is done</source>
        <translation>任务办结</translation>
    </message>
    <message>
        <source>what was done</source>
        <translation>办理情况</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>时间(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Make the task a request</source>
        <translation>把任务登记为诉求</translation>
    </message>
</context>
<context>
    <name>gdui::JointTasksTab</name>
    <message>
        <source>Only tasks not done</source>
        <translation>只看未办结任务</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>范围(&amp;W)：</translation>
    </message>
    <message>
        <source>A task shown in red is past its due day and not done.</source>
        <translation>红色的任务已过时限、尚未办结。</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n 项任务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n task(s)</source>
        <translation>
            <numerusform>%1：%n 项任务</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gdui::JointTeamTab</name>
    <message>
        <source>(choose a grid)</source>
        <translation>（请选择网格）</translation>
    </message>
    <message>
        <source>&amp;Grid:</source>
        <translation>网格(&amp;G)：</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>(choose a resident)</source>
        <translation>（请选择群众力量）</translation>
    </message>
    <message>
        <source>&amp;Add to the team</source>
        <translation>加入队伍(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Take off the team</source>
        <translation>移出队伍(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Resident:</source>
        <translation>群众力量(&amp;R)：</translation>
    </message>
    <message>
        <source>A volunteer or building leader is one in the people register; a party member is marked so there. The police-grid head and the grid head are set with the grid and its police grid.</source>
        <translation>志愿者、楼组长须是人员库中登记的；党员须在人员库中标为党员。警格长和网格长随网格及其警格设置。</translation>
    </message>
    <message>
        <source>Choose a grid to see its 1+1+N team.</source>
        <translation>选择网格，查看其“1+1+N”队伍。</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <source>Police-grid head: %1 (%2) · Grid head: %3 · Residents: %4</source>
        <translation>警格长：%1（%2）· 网格长：%3 · 群众力量：%4 人</translation>
    </message>
    <message>
        <source>Add to the team</source>
        <translation>加入队伍</translation>
    </message>
    <message>
        <source>Take off the team</source>
        <translation>移出队伍</translation>
    </message>
</context>
<context>
    <name>gdui::LedgerTableModel</name>
    <message>
        <source>Package content %1</source>
        <translation>数据包内容 %1</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>合并时间</translation>
    </message>
    <message>
        <source>From office</source>
        <translation>来自单位</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
</context>
<context>
    <name>gdui::MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织架构</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About GridDesk</source>
        <translation>关于网格工作台(&amp;A)</translation>
    </message>
    <message>
        <source>GridDesk</source>
        <translation>网格工作台</translation>
    </message>
    <message>
        <source>GridDesk — %1</source>
        <translation>网格工作台 — %1</translation>
    </message>
    <message>
        <source>%1 (%2) · %3</source>
        <translation>%1（%2）· %3</translation>
    </message>
    <message>
        <source>About GridDesk</source>
        <translation>关于网格工作台</translation>
    </message>
    <message>
        <source>&lt;h3&gt;GridDesk %1&lt;/h3&gt;&lt;p&gt;网格工作台 — for the community offices that run grid-based community service.&lt;/p&gt;&lt;p&gt;Data file: %2&lt;br&gt;Site id: %3&lt;br&gt;Schema version: %4&lt;/p&gt;&lt;p&gt;Built with Qt %5 and SQLite.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;网格工作台 %1&lt;/h3&gt;&lt;p&gt;GridDesk — 供开展网格化服务管理的社区使用。&lt;/p&gt;&lt;p&gt;数据文件：%2&lt;br&gt;站点标识：%3&lt;br&gt;数据结构版本：%4&lt;/p&gt;&lt;p&gt;基于 Qt %5 和 SQLite 构建。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Police grids</source>
        <translation>警格</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>诉求登记</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>诉求</translation>
    </message>
    <message>
        <source>Due board</source>
        <translation>到期预警</translation>
    </message>
    <message>
        <source>Case &amp;rules…</source>
        <translation>诉求规则(&amp;R)…</translation>
    </message>
    <message>
        <source>O&amp;perators…</source>
        <translation>操作员管理(&amp;P)…</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>数据交换</translation>
    </message>
    <message>
        <source>Star review</source>
        <translation>星级考评</translation>
    </message>
    <message>
        <source>Contact cards</source>
        <translation>便民联系卡</translation>
    </message>
    <message>
        <source>Can no longer be undone</source>
        <translation>已不能撤销的操作</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for another program to finish writing to the file (a merge, perhaps)… %n second(s)</source>
        <translation>
            <numerusform>正在等待另一个程序写完数据文件（可能是在合并数据包）… 已等待 %n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>数据看板</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>走访巡查</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>矛盾纠纷</translation>
    </message>
    <message>
        <source>Police–grid joint work</source>
        <translation>警网融合</translation>
    </message>
    <message>
        <source>Residents&apos; councils</source>
        <translation>居民议事</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>志愿服务</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Exemplary cases</source>
        <translation>优秀案例</translation>
    </message>
    <message>
        <source>Good ideas</source>
        <translation>金点子</translation>
    </message>
    <message>
        <source>Open &amp;hub…</source>
        <translation>打开枢纽(&amp;H)…</translation>
    </message>
</context>
<context>
    <name>gdui::MergeCountsModel</name>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据类别</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
</context>
<context>
    <name>gdui::NotUndoable</name>
    <message>
        <source>Ctrl+Z does not take this back. %1</source>
        <translation>此操作不能用 Ctrl+Z 撤销。%1</translation>
    </message>
    <message>
        <source>To go back, change the setting again here; the audit log keeps every change.</source>
        <translation>如需恢复，请在此处再次修改设置；审计日志记录每一次修改。</translation>
    </message>
</context>
<context>
    <name>gdui::OperatorTableModel</name>
    <message>
        <source>Active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从未登录</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <source>Grid worker</source>
        <translation>网格员</translation>
    </message>
</context>
<context>
    <name>gdui::OperatorsDialog</name>
    <message>
        <source>Manage operators</source>
        <translation>操作员管理</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Selected operator</source>
        <translation>所选操作员</translation>
    </message>
    <message>
        <source>The full-time grid worker this operator is: their cases are &quot;My cases&quot;</source>
        <translation>该操作员本人对应的专职网格员：其承办的诉求即“我的诉求”</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>Grid &amp;worker:</source>
        <translation>网格员(&amp;W)：</translation>
    </message>
    <message>
        <source>Reset &amp;password</source>
        <translation>重置密码(&amp;P)</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>再输一次：</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>New operator</source>
        <translation>新增操作员</translation>
    </message>
    <message>
        <source>Letters and digits, e.g. wangfang</source>
        <translation>字母和数字，如 wangfang</translation>
    </message>
    <message>
        <source>&amp;Add operator</source>
        <translation>添加操作员(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>角色(&amp;O)：</translation>
    </message>
    <message>
        <source>Initial pass&amp;word:</source>
        <translation>初始密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Repeat i&amp;t:</source>
        <translation>再输一次(&amp;T)：</translation>
    </message>
    <message>
        <source>Changes here take effect at once and are not undone with Undo.</source>
        <translation>此处的更改立即生效，不能用“撤销”恢复。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Choose an operator in the list.</source>
        <translation>请在列表中选择一位操作员。</translation>
    </message>
    <message>
        <source>(not a grid worker)</source>
        <translation>（不是网格员）</translation>
    </message>
    <message>
        <source>&amp;Activate again</source>
        <translation>重新启用(&amp;A)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Password: the two entries differ; type it again.</source>
        <translation>密码：两次输入不一致，请重新输入。</translation>
    </message>
    <message>
        <source>Operator %1 added.</source>
        <translation>已添加操作员 %1。</translation>
    </message>
    <message>
        <source>Grid worker: choose a worker from the list.</source>
        <translation>网格员：请从列表中选择人员。</translation>
    </message>
    <message>
        <source>%1 is %2, not linked to a grid worker.</source>
        <translation>%1 的角色为%2，未关联网格员。</translation>
    </message>
    <message>
        <source>%1 is %2, linked to the grid worker %3.</source>
        <translation>%1 的角色为%2，已关联网格员 %3。</translation>
    </message>
    <message>
        <source>Deactivate operator</source>
        <translation>停用操作员</translation>
    </message>
    <message>
        <source>Deactivate %1? They can no longer sign in; their name stays on the cases they handled.</source>
        <translation>停用 %1？停用后不能再登录；其经办诉求上的姓名会保留。</translation>
    </message>
    <message>
        <source>%1 is deactivated.</source>
        <translation>%1 已停用。</translation>
    </message>
    <message>
        <source>%1 may sign in again.</source>
        <translation>%1 已重新启用，可以登录。</translation>
    </message>
    <message>
        <source>The password of %1 is reset; tell them to change it after signing in.</source>
        <translation>%1 的密码已重置；请提醒其登录后自行修改。</translation>
    </message>
    <message>
        <source>The handling unit this operator signs in for: only its operators sign for the cases dispatched to it</source>
        <translation>该操作员所代表的承办单位：派给该单位的诉求只能由其操作员签收</translation>
    </message>
    <message>
        <source>&amp;Save role, worker and unit</source>
        <translation>保存角色、网格员和单位(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translation>（无单位）</translation>
    </message>
    <message>
        <source>Unit: choose a unit from the list.</source>
        <translation>单位：请从列表中选择单位。</translation>
    </message>
    <message>
        <source>Signs in for %1.</source>
        <translation>代表 %1 办理。</translation>
    </message>
</context>
<context>
    <name>gdui::OrderDialog</name>
    <message>
        <source>Order a training</source>
        <translation>培训点单</translation>
    </message>
    <message>
        <source>(choose the worker)</source>
        <translation>（选择网格员）</translation>
    </message>
    <message>
        <source>A need of the list, or a new one</source>
        <translation>从清单中选择培训需求，或填写新需求</translation>
    </message>
    <message>
        <source>What the worker wants to learn</source>
        <translation>网格员想学习的内容</translation>
    </message>
    <message>
        <source>&amp;Worker:</source>
        <translation>网格员(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Need:</source>
        <translation>培训需求(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>gdui::OrgPage</name>
    <message>
        <source>New street</source>
        <translation>新建街道</translation>
    </message>
    <message>
        <source>New community</source>
        <translation>新建社区</translation>
    </message>
    <message>
        <source>New grid</source>
        <translation>新建网格</translation>
    </message>
    <message>
        <source>New grid in the selected community (Ctrl+N)</source>
        <translation>在所选社区中新建网格（Ctrl+N）</translation>
    </message>
    <message>
        <source>Find grid code: </source>
        <translation>查找网格编码：</translation>
    </message>
    <message>
        <source>Find grid by code</source>
        <translation>按编码查找网格</translation>
    </message>
    <message>
        <source>15-digit grid code, Enter</source>
        <translation>15 位网格编码，按回车键</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>There is no grid with code %1.</source>
        <translation>没有编码为 %1 的网格。</translation>
    </message>
    <message>
        <source>Streets, communities and grids</source>
        <translation>街道、社区和网格</translation>
    </message>
    <message>
        <source>Choose a street, community or grid on the left.</source>
        <translation>请在左侧选择街道、社区或网格。</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>停用(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>启用(&amp;A)</translation>
    </message>
    <message>
        <source>First choose the street the community belongs to.</source>
        <translation>请先选择社区所属的街道。</translation>
    </message>
    <message>
        <source>First choose the community the grid belongs to.</source>
        <translation>请先选择网格所属的社区。</translation>
    </message>
    <message>
        <source>Edit street %1</source>
        <translation>编辑街道 %1</translation>
    </message>
    <message>
        <source>Add street %1</source>
        <translation>添加街道 %1</translation>
    </message>
    <message>
        <source>Edit community %1</source>
        <translation>编辑社区 %1</translation>
    </message>
    <message>
        <source>Add community %1</source>
        <translation>添加社区 %1</translation>
    </message>
    <message>
        <source>Edit grid %1</source>
        <translation>编辑网格 %1</translation>
    </message>
    <message>
        <source>Add grid %1</source>
        <translation>添加网格 %1</translation>
    </message>
    <message>
        <source>Activate %1</source>
        <translation>启用 %1</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Remove %1? If it is still in use it is deactivated instead, and can be activated again.</source>
        <translation>删除 %1？如果它仍在使用中，将改为停用，之后可以重新启用。</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <source>Edit building %1</source>
        <translation>编辑楼栋 %1</translation>
    </message>
    <message>
        <source>Add building %1</source>
        <translation>添加楼栋 %1</translation>
    </message>
    <message>
        <source>Remove building</source>
        <translation>删除楼栋</translation>
    </message>
    <message>
        <source>Remove the building %1?</source>
        <translation>删除楼栋 %1？</translation>
    </message>
    <message>
        <source>Remove building %1</source>
        <translation>删除楼栋 %1</translation>
    </message>
    <message>
        <source>Contact cards…</source>
        <translation>便民联系卡…</translation>
    </message>
    <message>
        <source>Print the contact cards of the selected grid, community or street</source>
        <translation>打印所选网格、社区或街道的便民联系卡</translation>
    </message>
</context>
<context>
    <name>gdui::OrgTreeModel</name>
    <message>
        <source>%1 (deactivated)</source>
        <translation>%1（已停用）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
</context>
<context>
    <name>gdui::OutputButtons</name>
    <message>
        <source>Pre&amp;view and print…</source>
        <translation>预览和打印(&amp;V)…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>保存为 &amp;PDF…</translation>
    </message>
    <message>
        <source>Save as &amp;Excel…</source>
        <translation>保存为 &amp;Excel…</translation>
    </message>
</context>
<context>
    <name>gdui::PdfOutput</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>gdui::PeerStatusModel</name>
    <message>
        <source>Everything</source>
        <translation>全部数据</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未确认</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Last sent</source>
        <translation>最近发送</translation>
    </message>
    <message>
        <source>Last confirmed</source>
        <translation>最近确认</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>未确认</translation>
    </message>
    <message>
        <source>Rows it lacks</source>
        <translation>对方缺少的记录</translation>
    </message>
</context>
<context>
    <name>gdui::PeerTab</name>
    <message>
        <source>The offices this one sends its changes to. An office confirms a package by sending one back; until then the next package carries everything it has not confirmed, so a lost package needs nothing more.</source>
        <translation>本单位向其发送变更的单位。对方回传数据包即表示确认已合并；在确认之前，下一个数据包会带上对方尚未确认的全部内容，因此丢失的数据包无需另行补发。</translation>
    </message>
    <message>
        <source>&amp;Count what each lacks</source>
        <translation>统计各单位缺少的记录(&amp;C)</translation>
    </message>
    <message>
        <source>Offices sent to</source>
        <translation>发送对象</translation>
    </message>
    <message>
        <source>No package of changes was sent yet (Export…, only the changes for an office).</source>
        <translation>尚未发送过变更数据包（导出数据包…，仅导出给某单位的变更）。</translation>
    </message>
    <message>
        <source>Counted now: an office that lacks nothing holds everything this office would send it.</source>
        <translation>已统计：缺少记录为 0 的单位已持有本单位要发给它的全部内容。</translation>
    </message>
</context>
<context>
    <name>gdui::PeoplePage</name>
    <message>
        <source>New worker</source>
        <translation>新建人员</translation>
    </message>
    <message>
        <source>Add a worker or volunteer (Ctrl+Shift+N)</source>
        <translation>添加网格员、志愿者等人员（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <source>Search workers</source>
        <translation>搜索人员</translation>
    </message>
    <message>
        <source>Search name, phone or grid (Ctrl+F)</source>
        <translation>搜索姓名、电话或网格（Ctrl+F）</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>类别筛选</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>状态筛选</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Grids: there is no grid with code %1.</source>
        <translation>网格：没有编码为 %1 的网格。</translation>
    </message>
    <message>
        <source>Edit worker %1</source>
        <translation>编辑人员 %1</translation>
    </message>
    <message>
        <source>Add worker %1</source>
        <translation>添加人员 %1</translation>
    </message>
    <message>
        <source>Remove worker</source>
        <translation>删除人员</translation>
    </message>
    <message>
        <source>Remove %1? A worker still named on a grid or in the records is marked as left instead.</source>
        <translation>删除 %1？如果该人员仍在网格或记录中被引用，将改为标记为离职。</translation>
    </message>
    <message>
        <source>Remove worker %1</source>
        <translation>删除人员 %1</translation>
    </message>
    <message>
        <source>Add career step</source>
        <translation>添加职业发展阶段</translation>
    </message>
    <message>
        <source>Remove career step</source>
        <translation>删除职业发展阶段</translation>
    </message>
    <message>
        <source>Grid code: there is no grid with code %1.</source>
        <translation>网格编码：没有编码为 %1 的网格。</translation>
    </message>
    <message>
        <source>Cover a vacant grid</source>
        <translation>代管空缺网格</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>未删除</translation>
    </message>
</context>
<context>
    <name>gdui::PoliceGridForm</name>
    <message>
        <source>e.g. JG-370202002-01</source>
        <translation>例如 JG-370202002-01</translation>
    </message>
    <message>
        <source>S&amp;treet:</source>
        <translation>街道(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>编码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Police &amp;station:</source>
        <translation>派出所(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Officer:</source>
        <translation>社区民警(&amp;O)：</translation>
    </message>
    <message>
        <source>Paired grids (tick to pair; a grid has one police grid)</source>
        <translation>结对网格（勾选即结对；每个网格只对应一个警格）</translation>
    </message>
    <message>
        <source>Paired grids</source>
        <translation>结对网格</translation>
    </message>
    <message>
        <source>  (now %1)</source>
        <translation>（现属 %1）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>New police grid</source>
        <translation>新建警格</translation>
    </message>
    <message>
        <source>Police grid: %1</source>
        <translation>警格：%1</translation>
    </message>
</context>
<context>
    <name>gdui::PoliceGridTableModel</name>
    <message>
        <source>%1 (deactivated)</source>
        <translation>%1（已停用）</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Police grid</source>
        <translation>警格</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Police station</source>
        <translation>派出所</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>社区民警</translation>
    </message>
    <message>
        <source>Paired grids</source>
        <translation>结对网格</translation>
    </message>
</context>
<context>
    <name>gdui::PoliceGridsPage</name>
    <message>
        <source>New police grid</source>
        <translation>新建警格</translation>
    </message>
    <message>
        <source>Street: </source>
        <translation>街道：</translation>
    </message>
    <message>
        <source>Street filter</source>
        <translation>街道筛选</translation>
    </message>
    <message>
        <source>All streets</source>
        <translation>全部街道</translation>
    </message>
    <message>
        <source>Police grids</source>
        <translation>警格</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>停用(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>启用(&amp;A)</translation>
    </message>
    <message>
        <source>Edit police grid %1</source>
        <translation>编辑警格 %1</translation>
    </message>
    <message>
        <source>Add police grid %1</source>
        <translation>新增警格 %1</translation>
    </message>
    <message>
        <source>Activate %1</source>
        <translation>启用 %1</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Remove the police grid %1? While grids are paired with it, it is deactivated instead.</source>
        <translation>删除警格 %1？仍有网格与其结对时改为停用。</translation>
    </message>
    <message>
        <source>Remove police grid %1</source>
        <translation>删除警格 %1</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>未删除</translation>
    </message>
</context>
<context>
    <name>gdui::RankingModel</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1 ÷ %2%3</source>
        <translation>%1 ÷ %2%3</translation>
    </message>
    <message>
        <source> (fewer than %1 cases: not ranked)</source>
        <translation>（不足 %1 件，不参与排名）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
</context>
<context>
    <name>gdui::RecordForm</name>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation>保存修改（Ctrl+S）</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>停用(&amp;D)…</translation>
    </message>
    <message>
        <source>Records still in use are deactivated; unused ones are deleted.</source>
        <translation>仍在使用的记录将被停用，未使用的记录将被删除。</translation>
    </message>
</context>
<context>
    <name>gdui::RecordListView</name>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>修改(&amp;C)…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>删除(&amp;M)</translation>
    </message>
</context>
<context>
    <name>gdui::RepeatReviewDialog</name>
    <message>
        <source>Suspected repeats</source>
        <translation>疑似重复</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>Which pairs</source>
        <translation>显示哪些</translation>
    </message>
    <message>
        <source>Each imported case the repeat finder scored as possibly repeating a case on file. Confirm to merge it into that case as one of its reports (splitting it back out on the case page undoes this); reject to keep both apart for good.</source>
        <translation>以下是查重判断可能与已有诉求重复的导入诉求。确认后作为一条重复反映并入该诉求（在诉求页面拆分即可撤回）；否定则两件诉求始终分开。</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>诉求编号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>May repeat</source>
        <translation>可能重复</translation>
    </message>
    <message>
        <source>Its state</source>
        <translation>原诉求状态</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>研判人</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>&amp;Merge as a repeat</source>
        <translation>确认重复并入(&amp;M)</translation>
    </message>
    <message>
        <source>The case joins the one it repeats as one of its reports (Ctrl+M)</source>
        <translation>该诉求作为一条重复反映并入所重复的诉求（Ctrl+M）</translation>
    </message>
    <message>
        <source>&amp;Not a repeat</source>
        <translation>不是重复(&amp;N)</translation>
    </message>
    <message>
        <source>Both cases stay apart and the pair is not proposed again (Ctrl+K)</source>
        <translation>两件诉求保持分开，这一对不再提示（Ctrl+K）</translation>
    </message>
    <message>
        <source>&amp;Open the case</source>
        <translation>打开诉求(&amp;O)</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <source>May repeat %1: %2</source>
        <translation>可能重复 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s).</source>
        <translation>
            <numerusform>共 %n 对。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is merged into %2 as one of its reports; splitting it back out on the case page of %2 undoes this.</source>
        <translation>%1 已作为重复反映并入 %2；在 %2 的诉求页面拆分即可撤回。</translation>
    </message>
    <message>
        <source>%1 and %2 are kept apart: the pair is not proposed again.</source>
        <translation>%1 与 %2 保持分开：这一对不再提示。</translation>
    </message>
</context>
<context>
    <name>gdui::ReportDialog</name>
    <message>
        <source>Monthly report</source>
        <translation>月报</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>范围(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>The figures of the cases received in the month with the month before (环比) and a year earlier (同比), the places, the categories that grew most, the overdue, reopened and repeated cases, and the approved star review.</source>
        <translation>月报包括：当月受理诉求的各项指标及环比、同比，分地区情况，增长较多的类别，超期、重办和重复诉求，以及已审定的星级评定结果。</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) written to %1.</source>
        <translation>
            <numerusform>已写入 %1，共 %n 页。</numerusform>
        </translation>
    </message>
    <message>
        <source>The report&apos;s tables were written to %1.</source>
        <translation>月报表格已写入 %1。</translation>
    </message>
    <message>
        <source>monthly report %1 %2.%3</source>
        <translation>月报 %1 %2.%3</translation>
    </message>
    <message>
        <source>Save the monthly report</source>
        <translation>保存月报</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Save the monthly report&apos;s tables</source>
        <translation>保存月报表格</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>The figures of the hub&apos;s cases received in the month with the month before (环比) and a year earlier (同比), the places, the categories that grew most, the overdue, reopened and repeated cases. The star review and the grid&apos;s other work are in each office&apos;s report.</source>
        <translation>枢纽当月受理诉求的各项指标及环比、同比，各地区，增长最多的类别，超期、重办和重复反映的诉求。网格员星级评定和网格其他工作见各单位的月报。</translation>
    </message>
</context>
<context>
    <name>gdui::ReviewChartsDialog</name>
    <message>
        <source>Review charts — %1</source>
        <translation>考评图表 — %1</translation>
    </message>
    <message>
        <source>Workers at each star after the review, %1 to %2</source>
        <translation>各星级网格员人数（考评后），%1 至 %2</translation>
    </message>
    <message>
        <source>no month approved yet</source>
        <translation>尚无审定的月份</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Star distribution</source>
        <translation>星级分布</translation>
    </message>
    <message>
        <source>&amp;Worker:</source>
        <translation>网格员(&amp;W)：</translation>
    </message>
    <message>
        <source>Score history</source>
        <translation>得分走势</translation>
    </message>
    <message>
        <source>Points per item, %1</source>
        <translation>各项得分构成，%1</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>This month&apos;s components</source>
        <translation>本月得分构成</translation>
    </message>
    <message>
        <source>%1: total each approved month, %2 to %3</source>
        <translation>%1：各审定月份总分，%2 至 %3</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
</context>
<context>
    <name>gdui::ReviewPage</name>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>提交(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>审批(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reopen…</source>
        <translation>重新打开(&amp;R)…</translation>
    </message>
    <message>
        <source>The month&apos;s review sheet</source>
        <translation>本月考评表</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Monthly review</source>
        <translation>月度考评</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Submitted by %1</source>
        <translation>已由 %1 提交</translation>
    </message>
    <message>
        <source>Approved by %1 on %2, locked</source>
        <translation>已由 %1 于 %2 审批，已锁定</translation>
    </message>
    <message numerus="yes">
        <source>reopened %n time(s): %1</source>
        <translation>
            <numerusform>重新打开 %n 次：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 workers, %3 change star</source>
        <translation>%1 · 共 %2 人，%3 人星级变动</translation>
    </message>
    <message>
        <source>Choose a worker to see how the month was scored and why the star moves or stays.</source>
        <translation>选择一名网格员，查看本月得分构成以及星级升降或保持的理由。</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Only a supervisor approves the review.</source>
        <translation>只有负责人可以审批考评。</translation>
    </message>
    <message>
        <source>Reopen the month</source>
        <translation>重新打开该月</translation>
    </message>
    <message>
        <source>Why is %1 reopened?</source>
        <translation>重新打开 %1 的理由：</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>诉求编号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>办结时间</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按时</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>诉求内容</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, %3: %n case(s)</source>
        <translation>
            <numerusform>%1 — %2，%3：%n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Star history</source>
        <translation>星级变动记录</translation>
    </message>
    <message>
        <source>Record &amp;training…</source>
        <translation>记录培训(&amp;T)…</translation>
    </message>
    <message>
        <source>Review se&amp;ttings…</source>
        <translation>考评设置(&amp;T)…</translation>
    </message>
    <message>
        <source>C&amp;harts…</source>
        <translation>图表(&amp;H)…</translation>
    </message>
    <message>
        <source>The &amp;year…</source>
        <translation>年度考评(&amp;Y)…</translation>
    </message>
    <message>
        <source>&amp;Print and export</source>
        <translation>打印与导出(&amp;P)</translation>
    </message>
    <message>
        <source>Print the result sheet…</source>
        <translation>打印考评结果表…</translation>
    </message>
    <message>
        <source>Save the result sheet as PDF…</source>
        <translation>考评结果表另存为 PDF…</translation>
    </message>
    <message>
        <source>Save the result sheet</source>
        <translation>保存考评结果表</translation>
    </message>
    <message>
        <source>star-review-%1.pdf</source>
        <translation>星级考评结果表-%1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Save the statements as PDF…</source>
        <translation>个人告知单另存为 PDF…</translation>
    </message>
    <message>
        <source>Save the statements</source>
        <translation>保存个人告知单</translation>
    </message>
    <message>
        <source>star-statements-%1.pdf</source>
        <translation>星级考评告知单-%1.pdf</translation>
    </message>
    <message>
        <source>Export the sheet and payouts to Excel…</source>
        <translation>考评表和奖励发放表导出到 Excel…</translation>
    </message>
    <message>
        <source>Export the review</source>
        <translation>导出考评</translation>
    </message>
    <message>
        <source>star-review-%1.xlsx</source>
        <translation>星级考评-%1.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>%1月</translation>
    </message>
    <message>
        <source>Annual score</source>
        <translation>年度得分</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等次</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>Annual evaluation %1</source>
        <translation>%1 年度考评</translation>
    </message>
    <message>
        <source>From the approved months, weighted as the review settings say; a month without an approved review is left out of its half-year.</source>
        <translation>按考评设置中的权重，由已审定的月份计算；未审定的月份不计入所在半年。</translation>
    </message>
    <message>
        <source>No month of %1 is approved yet.</source>
        <translation>%1 年尚无审定的月份。</translation>
    </message>
    <message>
        <source>Review &amp;items…</source>
        <translation>考评项目(&amp;I)…</translation>
    </message>
    <message>
        <source>Print the statements (the selected worker&apos;s, or everyone&apos;s)…</source>
        <translation>打印个人告知单（所选网格员的，未选则全部）…</translation>
    </message>
    <message>
        <source>Approve the month (Ctrl+Shift+A): it is locked and the stars move. Ctrl+Z does not take this back; a supervisor reopens the newest approved month, with a reason.</source>
        <translation>审批该月（Ctrl+Shift+A）：该月锁定，星级随之调整。此操作不能用 Ctrl+Z 撤销；负责人可说明理由后重新打开最近审批的月份。</translation>
    </message>
    <message numerus="yes">
        <source>%n counted case(s) with unsettled concurrent actions</source>
        <translation>
            <numerusform>%n 件计分诉求有未裁定的并发操作</numerusform>
        </translation>
    </message>
    <message>
        <source>Concurrent actions</source>
        <translation>并发操作</translation>
    </message>
    <message>
        <source>Not settled</source>
        <translation>未裁定</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) counted this month have concurrent actions from two offices that no supervisor has settled (Exchange → Concurrent actions and keys). Settling one may change what it counts for, and an approved month keeps its numbers. Approve %1 anyway?</source>
        <translation>
            <numerusform>本月计分的诉求中有 %n 件存在两个单位的并发操作，尚未经负责人裁定（数据交换 → 并发与重号）。裁定后其计分可能变化，而已审定的月份保留审定时的分数。仍要审定 %1 吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>By community and grid</source>
        <translation>按社区和网格</translation>
    </message>
    <message>
        <source>By name (pinyin)</source>
        <translation>按姓名拼音</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>排序(&amp;O)：</translation>
    </message>
    <message>
        <source>Nobody has a value in %1 this month: they count 0 for every worker. Approve %2 anyway?</source>
        <translation>本月 %1 无人填写：所有网格员该项均计 0 分。仍然审批 %2 吗？</translation>
    </message>
    <message>
        <source>closes %1: stars move</source>
        <translation>%1考评期结束：星级调整</translation>
    </message>
    <message>
        <source>counts toward %1; stars move in %2</source>
        <translation>计入%1；星级在 %2 调整</translation>
    </message>
    <message numerus="yes">
        <source>approved by %n office(s) for the same workers: the one that should not review them reopens its month</source>
        <translation>
            <numerusform>同一批网格员已由 %n 个单位审批：不应考评的单位请重新打开该月</numerusform>
        </translation>
    </message>
    <message>
        <source>Notice and app&amp;eals…</source>
        <translation>公示与申诉(&amp;E)…</translation>
    </message>
    <message>
        <source>The month&apos;s public notice: record a worker&apos;s appeal, answer it.</source>
        <translation>本月公示：记录网格员的申诉并答复。</translation>
    </message>
    <message>
        <source>on public notice until %1</source>
        <translation>公示至 %1</translation>
    </message>
</context>
<context>
    <name>gdui::ReviewPrint</name>
    <message>
        <source>Draft: not approved, the figures may still change</source>
        <translation>草稿：尚未审定，数字仍可能变化</translation>
    </message>
    <message>
        <source>Submitted by %1, not approved yet</source>
        <translation>已由 %1 提交，尚未审定</translation>
    </message>
    <message>
        <source>Approved by %1 on %2</source>
        <translation>已由 %1 于 %2 审定</translation>
    </message>
    <message>
        <source>Review month: %1</source>
        <translation>考评月份：%1</translation>
    </message>
    <message>
        <source>Star rating review of the full-time grid workers</source>
        <translation>专职网格员星级考评结果表</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Star before</source>
        <translation>原星级</translation>
    </message>
    <message>
        <source>Star after</source>
        <translation>考评后星级</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s).</source>
        <translation>
            <numerusform>共 %n 名网格员。</numerusform>
        </translation>
    </message>
    <message>
        <source>Prepared by: ____________    Approved by: ____________    Date: ____________</source>
        <translation>制表人：____________    审定人：____________    日期：____________</translation>
    </message>
    <message>
        <source>Star rating statement</source>
        <translation>网格员星级考评个人告知单</translation>
    </message>
    <message>
        <source>Grid worker:</source>
        <translation>网格员：</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>考评项目</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>满分</translation>
    </message>
    <message>
        <source>A veto item this month: the month scores zero.</source>
        <translation>本月有一票否决项：本月考评计零分。</translation>
    </message>
    <message>
        <source>Star:</source>
        <translation>星级：</translation>
    </message>
    <message>
        <source>Reward this month:</source>
        <translation>本月星级奖励：</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <source>The reward is set once the month is approved.</source>
        <translation>本月审定后确定星级奖励。</translation>
    </message>
    <message>
        <source>Grid worker&apos;s signature: ____________    Date: ____________</source>
        <translation>网格员签字：____________    日期：____________</translation>
    </message>
    <message>
        <source>Reviewed by: ____________    Date: ____________</source>
        <translation>考评负责人：____________    日期：____________</translation>
    </message>
    <message numerus="yes">
        <source>* %n counted case(s) have concurrent actions from two offices that no supervisor has settled yet; settling one may change these numbers.</source>
        <translation>
            <numerusform>* 计分的诉求中有 %n 件存在两个单位的并发操作，尚未经负责人裁定；裁定后这些分数可能变化。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gdui::ReviewSettingsDialog</name>
    <message>
        <source>Review settings</source>
        <translation>考评设置</translation>
    </message>
    <message>
        <source> points</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>Round down</source>
        <translation>向下取整</translation>
    </message>
    <message>
        <source>Round to nearest</source>
        <translation>四舍五入</translation>
    </message>
    <message>
        <source>Round up</source>
        <translation>向上取整</translation>
    </message>
    <message>
        <source>Up one star, at most (of a level):</source>
        <translation>每级晋星名额比例（占该星级现有人数）：</translation>
    </message>
    <message>
        <source>Places rounded:</source>
        <translation>名额取整方式：</translation>
    </message>
    <message>
        <source>Places at least (per level):</source>
        <translation>每级至少名额：</translation>
    </message>
    <message>
        <source>Promotion from a score of:</source>
        <translation>晋星分数线：</translation>
    </message>
    <message>
        <source>Poor month below:</source>
        <translation>不合格分数线（低于）：</translation>
    </message>
    <message>
        <source>Down one star after poor months in a row:</source>
        <translation>连续不合格几个月降一星：</translation>
    </message>
    <message>
        <source>The year</source>
        <translation>年度考评</translation>
    </message>
    <message>
        <source>Weight of January–June:</source>
        <translation>上半年（1–6月）权重：</translation>
    </message>
    <message>
        <source>Weight of July–December:</source>
        <translation>下半年（7–12月）权重：</translation>
    </message>
    <message>
        <source>Excellent from:</source>
        <translation>优秀分数线：</translation>
    </message>
    <message>
        <source>Pass from:</source>
        <translation>合格分数线：</translation>
    </message>
    <message>
        <source>Basic pass from:</source>
        <translation>基本合格分数线：</translation>
    </message>
    <message>
        <source>Reward a month</source>
        <translation>每月星级奖励</translation>
    </message>
    <message>
        <source> yuan</source>
        <translation> 元</translation>
    </message>
    <message>
        <source>Only an administrator changes the review settings.</source>
        <translation>只有管理员可以修改考评设置。</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>&amp;Approved by a supervisor other than the one who submitted</source>
        <translation>审批人须为提交人以外的负责人(&amp;A)</translation>
    </message>
    <message>
        <source>A new star is &amp;paid for the month that earned it</source>
        <translation>新星级自获评当月起发放奖励(&amp;P)</translation>
    </message>
    <message>
        <source>Off: each month is paid for the star held during it, and a new star pays from the next month.</source>
        <translation>不勾选：每月按当月所持星级发放奖励，新星级自下月起发放。</translation>
    </message>
    <message>
        <source>When stars move</source>
        <translation>星级升降</translation>
    </message>
    <message>
        <source>Stars move only when a review closes the period, on the period&apos;s combined result: the months&apos; average; in June the half-year&apos;s, in December the annual evaluation.</source>
        <translation>星级只在考评期结束的那次考评中调整，依据考评期综合成绩：各月平均分；6 月为半年考评成绩，12 月为年度考评成绩。</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>Stars move:</source>
        <translation>星级调整周期：</translation>
    </message>
    <message>
        <source>At a level before the next star, at least:</source>
        <translation>晋升下一星前在现星级至少满：</translation>
    </message>
    <message>
        <source>A veto item:</source>
        <translation>一票否决：</translation>
    </message>
    <message>
        <source>A failed year is below:</source>
        <translation>年度不合格分数线（低于）：</translation>
    </message>
    <message>
        <source>A failed year:</source>
        <translation>年度不合格：</translation>
    </message>
    <message>
        <source>The annual result can &amp;promote (December&apos;s period result)</source>
        <translation>年度考评成绩可用于晋星（12 月的考评期成绩）(&amp;P)</translation>
    </message>
    <message>
        <source>Off: in December stars go up on the period&apos;s months alone; the annual result only takes stars.</source>
        <translation>不勾选：12 月按考评期各月成绩晋星，年度成绩只用于降星。</translation>
    </message>
    <message>
        <source>What the month scores</source>
        <translation>月度计分</translation>
    </message>
    <message>
        <source>Carried from the rest</source>
        <translation>由其余项目折算</translation>
    </message>
    <message>
        <source>Scored in full</source>
        <translation>计满分</translation>
    </message>
    <message>
        <source>A month with no case due or no callback reached has nothing to judge that item on: a quiet grid or a new worker is not marked down for it.</source>
        <translation>当月没有到期诉求或没有接通的回访时，该项无可考评对象：诉求少的网格或新入职的网格员不会因此失分。</translation>
    </message>
    <message>
        <source>Satisfied counts:</source>
        <translation>“满意”计：</translation>
    </message>
    <message>
        <source>Basically satisfied counts:</source>
        <translation>“基本满意”计：</translation>
    </message>
    <message>
        <source>Dissatisfied counts:</source>
        <translation>“不满意”计：</translation>
    </message>
    <message>
        <source>An item with nothing to judge:</source>
        <translation>无可考评对象的项目：</translation>
    </message>
    <message>
        <source>The whole district</source>
        <translation>全区</translation>
    </message>
    <message>
        <source>Fixed in each month when it is submitted. Two offices never approve the same workers&apos; month: an approval is refused where another office approved them.</source>
        <translation>每月提交时确定。同一批网格员的同一月份不能由两个单位审批：其他单位已审批的，本单位审批会被拒绝。</translation>
    </message>
    <message>
        <source>Workers reviewed here:</source>
        <translation>本单位考评范围：</translation>
    </message>
    <message>
        <source>Count the cases handled per 100 &amp;households of the worker&apos;s grids</source>
        <translation>办结诉求按所负责网格每百户计算(&amp;H)</translation>
    </message>
    <message>
        <source>A large grid&apos;s count then does not outscore a small one&apos;s; fit the item&apos;s points per case again (Review items).</source>
        <translation>这样户数多的网格不会因件数多而得分高；请在“考评项目”中重新设定每件分值。</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <source>none</source>
        <translation>不公示</translation>
    </message>
    <message>
        <source>From the submission; appeals are recorded during it and answered before approval.</source>
        <translation>自提交之日起计算；公示期内记录申诉，审批前须逐件答复。</translation>
    </message>
    <message>
        <source>Public notice before approval:</source>
        <translation>审批前公示期：</translation>
    </message>
</context>
<context>
    <name>gdui::ReviewSheetModel</name>
    <message numerus="yes">
        <source>%n case(s) this month</source>
        <translation>
            <numerusform>本月 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1% this month</source>
        <translation>本月 %1%</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>网格员</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>星级</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>拟定星级</translation>
    </message>
    <message>
        <source>%1: type a number.</source>
        <translation>%1：请输入数字。</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) counted here have concurrent actions from two offices that no supervisor has settled yet: settling one may change these numbers.</source>
        <translation>
            <numerusform>此处计分的诉求中有 %n 件存在两个单位的并发操作，尚未经负责人裁定：裁定后这些分数可能变化。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
(points)</source>
        <translation>%1
（分）</translation>
    </message>
    <message>
        <source>Nothing to judge this month: %1</source>
        <translation>本月无可考评对象：%1</translation>
    </message>
    <message>
        <source>%1 case(s) per 100 households this month</source>
        <translation>本月每百户 %1 件</translation>
    </message>
</context>
<context>
    <name>gdui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>A new language applies the next time GridDesk starts.</source>
        <translation>新的语言将在下次启动网格工作台时生效。</translation>
    </message>
    <message>
        <source>&amp;Open another file…</source>
        <translation>打开其他文件(&amp;O)…</translation>
    </message>
    <message>
        <source>Data file:</source>
        <translation>数据文件：</translation>
    </message>
    <message>
        <source>Open or create a GridDesk file</source>
        <translation>打开或新建网格工作台文件</translation>
    </message>
    <message>
        <source>GridDesk files (*.sqlite *.griddesk);;All files (*)</source>
        <translation>网格工作台文件 (*.sqlite *.griddesk);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Office (kept in the data file)</source>
        <translation>本单位（保存在数据文件中）</translation>
    </message>
    <message>
        <source>Office &amp;name:</source>
        <translation>本单位名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;District code:</source>
        <translation>区划代码(&amp;D)：</translation>
    </message>
    <message>
        <source>Office &amp;address:</source>
        <translation>办公地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Office &amp;phone:</source>
        <translation>办公电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Supervision phone:</source>
        <translation>监督电话(&amp;S)：</translation>
    </message>
    <message>
        <source>Only an administrator changes the office settings.</source>
        <translation>只有管理员才能修改本单位设置。</translation>
    </message>
    <message>
        <source>Other offices trust this office&apos;s packages after comparing this fingerprint (Exchange → Trusted offices).</source>
        <translation>其他单位核对此指纹后即可信任本单位的数据包（数据交换 → 受信任的单位）。</translation>
    </message>
    <message>
        <source>Key fingerprint:</source>
        <translation>密钥指纹：</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>A package holding changes dated further ahead of this PC&apos;s clock than this is refused: the other office&apos;s PC clock is wrong.</source>
        <translation>数据包中修改时间比本机时钟快出此值以上的，将被拒绝：说明对方单位的电脑时钟有误。</translation>
    </message>
    <message>
        <source>Packages&apos; &amp;clock tolerance:</source>
        <translation>数据包时钟容差(&amp;C)：</translation>
    </message>
    <message>
        <source>Case number &amp;code:</source>
        <translation>诉求编号代码(&amp;C)：</translation>
    </message>
    <message>
        <source>Four digits that open this office&apos;s case numbers (%1-20261205-0012), read out over the phone; the district gives each office its own so numbers never collide.</source>
        <translation>本单位诉求编号开头的四位数字（%1-20261205-0012），便于电话中报读；由区里为各单位分配，编号互不重复。</translation>
    </message>
    <message>
        <source> cases</source>
        <translation> 件</translation>
    </message>
    <message>
        <source>A figure resting on fewer cases is shown greyed with its counts and never ranked.</source>
        <translation>件数少于此数的指标以灰色显示（附件数），不参与排名。</translation>
    </message>
    <message>
        <source>Figures&apos; &amp;minimum sample:</source>
        <translation>统计最小样本(&amp;M)：</translation>
    </message>
</context>
<context>
    <name>gdui::SignInDialog</name>
    <message>
        <source>Sign in to GridDesk</source>
        <translation>登录网格工作台</translation>
    </message>
    <message>
        <source>Data file: %1</source>
        <translation>数据文件：%1</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>%1 / %2 — %3, %4</source>
        <translation>%1 / %2 — %3，%4</translation>
    </message>
    <message>
        <source>A demo office was just built in this file. Sign in as one of its operators (login / password):
%1
Change these passwords before real use (File → Operators).</source>
        <translation>已在此文件中建立演示单位。请用以下任一操作员登录（登录名 / 密码）：
%1
正式使用前请修改这些密码（文件 → 操作员）。</translation>
    </message>
</context>
<context>
    <name>gdui::Startup</name>
    <message>
        <source>Building the demo district…</source>
        <translation>正在生成演示辖区…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>First start</source>
        <translation>首次启动</translation>
    </message>
    <message>
        <source>The demo district was not built: %1</source>
        <translation>未能生成演示辖区：%1</translation>
    </message>
</context>
<context>
    <name>gdui::StatsCharts</name>
    <message>
        <source>The last twelve months</source>
        <translation>近十二个月</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理量</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>办结量</translation>
    </message>
    <message>
        <source>Satisfaction rate (%)</source>
        <translation>满意率（%）</translation>
    </message>
    <message>
        <source>Received by street</source>
        <translation>各街道受理量</translation>
    </message>
    <message>
        <source>Received by community</source>
        <translation>各社区受理量</translation>
    </message>
    <message>
        <source>Received by grid</source>
        <translation>各网格受理量</translation>
    </message>
    <message>
        <source>Categories that grew most (against the period before)</source>
        <translation>增长最多的类别（与上期相比）</translation>
    </message>
    <message>
        <source>More cases than before</source>
        <translation>比上期增加的件数</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>受理渠道</translation>
    </message>
</context>
<context>
    <name>gdui::StreetForm</name>
    <message>
        <source>9 digits, e.g. 370202001</source>
        <translation>9 位，如 370202001</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>编码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>New street</source>
        <translation>新建街道</translation>
    </message>
    <message>
        <source>Street: %1</source>
        <translation>街道：%1</translation>
    </message>
</context>
<context>
    <name>gdui::TemplateDialog</name>
    <message>
        <source>Computed from the cases</source>
        <translation>由诉求计算</translation>
    </message>
    <message>
        <source>Counted from records</source>
        <translation>由记录统计</translation>
    </message>
    <message>
        <source>Typed in</source>
        <translation>人工录入</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>加分项</translation>
    </message>
    <message>
        <source>Veto</source>
        <translation>一票否决</translation>
    </message>
    <message>
        <source>Cases completed</source>
        <translation>办结诉求数</translation>
    </message>
    <message>
        <source>Share completed on time</source>
        <translation>按时办结比例</translation>
    </message>
    <message>
        <source>Satisfaction at callback</source>
        <translation>回访满意度</translation>
    </message>
    <message>
        <source>Cases found on patrol</source>
        <translation>巡查发现诉求数</translation>
    </message>
    <message>
        <source>Training sessions attended</source>
        <translation>参加培训次数</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Review items</source>
        <translation>考评项目</translation>
    </message>
    <message>
        <source>In force &amp;from:</source>
        <translation>生效月份(&amp;F)：</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>计分来源</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>满分</translation>
    </message>
    <message>
        <source>Points each</source>
        <translation>每件/次分值</translation>
    </message>
    <message>
        <source>&amp;Add an item</source>
        <translation>添加项目(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove the item</source>
        <translation>删除项目(&amp;R)</translation>
    </message>
    <message>
        <source>Only an administrator changes the review items.</source>
        <translation>只有管理员可以修改考评项目。</translation>
    </message>
    <message>
        <source>Items other than bonus and veto: %1 of 100 points</source>
        <translation>加分项和一票否决项以外的项目：共 %1 分（应为 100 分）</translation>
    </message>
    <message>
        <source>Item name</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>Home visits made</source>
        <translation>入户走访次数</translation>
    </message>
</context>
<context>
    <name>gdui::TrainingDialog</name>
    <message>
        <source>Record a training session</source>
        <translation>记录培训</translation>
    </message>
    <message>
        <source>A training need, or any topic</source>
        <translation>选择培训需求，或填写任意主题</translation>
    </message>
    <message>
        <source>e.g. 区住房城乡建设局</source>
        <translation>例如：区住房城乡建设局</translation>
    </message>
    <message>
        <source>Type part of a name or phone to filter</source>
        <translation>输入姓名或电话的一部分进行筛选</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Attended:</source>
        <translation>参训人员(&amp;A)：</translation>
    </message>
    <message>
        <source>Change the training session</source>
        <translation>修改培训场次</translation>
    </message>
    <message>
        <source>Who taught</source>
        <translation>授课专家姓名</translation>
    </message>
    <message>
        <source>&amp;Needs answered:</source>
        <translation>对应培训需求(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Expert:</source>
        <translation>授课专家(&amp;E)：</translation>
    </message>
    <message>
        <source>Expert&apos;s &amp;unit:</source>
        <translation>专家所在单位(&amp;U)：</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>gdui::TrainingNeedsTab</name>
    <message>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Order a training…</source>
        <translation>培训点单(&amp;O)…</translation>
    </message>
    <message>
        <source>Remove the &amp;order</source>
        <translation>删除点单(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Add a need…</source>
        <translation>添加培训需求(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Retire the need</source>
        <translation>停用培训需求(&amp;R)</translation>
    </message>
    <message>
        <source>Training needs and demand</source>
        <translation>培训需求与点单情况</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>培训需求</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>点单数</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>场次</translation>
    </message>
    <message>
        <source>Attendances</source>
        <translation>参训人次</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>覆盖情况</translation>
    </message>
    <message>
        <source>Orders per community</source>
        <translation>各社区点单情况</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Training orders</source>
        <translation>培训点单</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>网格员</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>已覆盖</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未覆盖</translation>
    </message>
    <message>
        <source>(no community)</source>
        <translation>（无社区）</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) in the year</source>
        <translation>
            <numerusform>本年度点单 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) ordered and not yet covered</source>
        <translation>
            <numerusform>%n 项已点单的培训需求尚未覆盖</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the order</source>
        <translation>删除点单</translation>
    </message>
    <message>
        <source>Choose an order in the list below first.</source>
        <translation>请先在下方列表中选择一条点单。</translation>
    </message>
    <message>
        <source>Remove this training order?</source>
        <translation>删除这条培训点单？</translation>
    </message>
    <message>
        <source>Add a training need</source>
        <translation>添加培训需求</translation>
    </message>
    <message>
        <source>The need&apos;s name:</source>
        <translation>需求名称：</translation>
    </message>
    <message>
        <source>Retire the need</source>
        <translation>停用培训需求</translation>
    </message>
    <message>
        <source>Choose a need in the list first.</source>
        <translation>请先在列表中选择一项培训需求。</translation>
    </message>
    <message>
        <source>Retire this need? It is no longer offered; its orders and sessions stay.</source>
        <translation>停用这项培训需求？停用后不再供点单，已有的点单和培训场次保留。</translation>
    </message>
</context>
<context>
    <name>gdui::TrainingPage</name>
    <message>
        <source>&amp;Sessions</source>
        <translation>培训场次(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Needs and orders</source>
        <translation>需求与点单(&amp;N)</translation>
    </message>
</context>
<context>
    <name>gdui::TrainingSessionsTab</name>
    <message>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Record a session…</source>
        <translation>记录培训场次(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>修改(&amp;C)…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>删除(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Evaluation…</source>
        <translation>评价(&amp;E)…</translation>
    </message>
    <message>
        <source>Attach a &amp;material…</source>
        <translation>添加培训资料(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Save a material…</source>
        <translation>保存培训资料(&amp;S)…</translation>
    </message>
    <message>
        <source>Training sessions</source>
        <translation>培训场次</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Needs answered</source>
        <translation>对应培训需求</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>授课专家</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>授课单位</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>参训人数</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>(choose a worker)</source>
        <translation>（选择网格员）</translation>
    </message>
    <message>
        <source>Save the year&apos;s training &amp;history as PDF…</source>
        <translation>将本年度培训记录另存为 PDF(&amp;H)…</translation>
    </message>
    <message>
        <source>Training history of:</source>
        <translation>网格员培训记录：</translation>
    </message>
    <message>
        <source>Save the training history</source>
        <translation>保存培训记录</translation>
    </message>
    <message>
        <source> training.pdf</source>
        <translation>培训记录.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Training history</source>
        <translation>培训记录</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>共 %n 场培训</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attendance(s)</source>
        <translation>
            <numerusform>参训 %n 人次</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a session in the list, or record one (Ctrl+N).&lt;/p&gt;</source>
        <translation>&lt;p&gt;请在列表中选择一场培训，或记录新的培训场次（Ctrl+N）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Needs answered: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;对应培训需求：%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Attended (%1)&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;参训人员（%1）&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>(no evaluation)</source>
        <translation>（未评价）</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Materials&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;培训资料&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>The session was recorded.</source>
        <translation>培训场次已记录。</translation>
    </message>
    <message>
        <source>Remove the training session</source>
        <translation>删除培训场次</translation>
    </message>
    <message>
        <source>Remove this session, its attendance and its materials? The review&apos;s training item will no longer count it.</source>
        <translation>删除这场培训及其参训记录和培训资料？考评中的培训项将不再计入这场培训。</translation>
    </message>
    <message>
        <source>Attach a material</source>
        <translation>添加培训资料</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Save a material</source>
        <translation>保存培训资料</translation>
    </message>
    <message>
        <source>This session has no materials.</source>
        <translation>这场培训没有培训资料。</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>保存 %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Pr&amp;int the year&apos;s training history…</source>
        <translation>打印本年度培训记录(&amp;I)…</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation>%1 超过 %2 MB。</translation>
    </message>
</context>
<context>
    <name>gdui::TrustOfficeDialog</name>
    <message>
        <source>Trust an office</source>
        <translation>信任单位</translation>
    </message>
    <message>
        <source>Packages from &lt;b&gt;%1&lt;/b&gt; are merged here only once you trust its key. Call that office (not a number the package gives) and ask its administrator to read the fingerprint shown under Exchange → Trusted offices. Type what they read.</source>
        <translation>只有信任 &lt;b&gt;%1&lt;/b&gt; 的密钥后，本单位才会合并它的数据包。请打电话给该单位（不要用数据包里给出的号码），请其管理员念出“数据交换 → 受信任的单位”中显示的指纹，并输入您听到的指纹。</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <source>The key&apos;s fingerprint:</source>
        <translation>密钥指纹：</translation>
    </message>
    <message>
        <source>32 digits and letters A–F, spaces allowed</source>
        <translation>32 位数字和字母 A–F，可含空格</translation>
    </message>
    <message>
        <source>&amp;Read to you:</source>
        <translation>对方念的指纹(&amp;R)：</translation>
    </message>
    <message>
        <source>The whole district</source>
        <translation>全区</translation>
    </message>
    <message>
        <source>One street</source>
        <translation>一个街道</translation>
    </message>
    <message>
        <source>One community</source>
        <translation>一个社区</translation>
    </message>
    <message>
        <source>One grid</source>
        <translation>单个网格</translation>
    </message>
    <message>
        <source>its code, e.g. 370202002</source>
        <translation>编码，如 370202002</translation>
    </message>
    <message>
        <source>It may &amp;send:</source>
        <translation>可发送范围(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>编码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Trust this office</source>
        <translation>信任该单位(&amp;T)</translation>
    </message>
    <message>
        <source>A package from this office that changes records outside its area (another street&apos;s grids or cases, say) is refused whole.</source>
        <translation>该单位的数据包若修改了其范围以外的记录（例如其他街道的网格或诉求），整个数据包都将被拒绝。</translation>
    </message>
</context>
<context>
    <name>gdui::TrustTab</name>
    <message>
        <source>Street %1</source>
        <translation>街道 %1</translation>
    </message>
    <message>
        <source>Community %1</source>
        <translation>社区 %1</translation>
    </message>
    <message>
        <source>Grid %1</source>
        <translation>网格 %1</translation>
    </message>
    <message>
        <source>The whole district</source>
        <translation>全区</translation>
    </message>
    <message>
        <source>This office</source>
        <translation>本单位</translation>
    </message>
    <message>
        <source>Other offices merge this office&apos;s packages once they trust its key. Read them this fingerprint over the phone, or send them the key file:</source>
        <translation>其他单位信任本单位的密钥后才会合并本单位的数据包。请电话念出此指纹，或把密钥文件发给他们：</translation>
    </message>
    <message>
        <source>&amp;Save the key file…</source>
        <translation>保存密钥文件(&amp;S)…</translation>
    </message>
    <message>
        <source>Offices whose packages are merged here:</source>
        <translation>本单位合并其数据包的单位：</translation>
    </message>
    <message>
        <source>&amp;Trust a key file…</source>
        <translation>信任密钥文件(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Withdraw trust…</source>
        <translation>撤销信任(&amp;W)…</translation>
    </message>
    <message>
        <source>Trusted offices</source>
        <translation>受信任的单位</translation>
    </message>
    <message>
        <source>Save this office&apos;s key</source>
        <translation>保存本单位密钥</translation>
    </message>
    <message>
        <source>GridDesk office keys (*.gdkey)</source>
        <translation>网格工作台单位密钥 (*.gdkey)</translation>
    </message>
    <message>
        <source>Choose the other office&apos;s key file</source>
        <translation>选择对方单位的密钥文件</translation>
    </message>
    <message>
        <source>GridDesk office keys (*.gdkey);;All files (*)</source>
        <translation>网格工作台单位密钥 (*.gdkey);;所有文件 (*)</translation>
    </message>
    <message>
        <source>No other office is trusted yet: every package is refused until its office is.</source>
        <translation>尚未信任任何其他单位：在信任发送单位之前，所有数据包都会被拒绝。</translation>
    </message>
    <message>
        <source>Trust an office</source>
        <translation>信任单位</translation>
    </message>
    <message>
        <source>The key is in %1. Send it to the other office and read them the fingerprint.</source>
        <translation>密钥已保存到 %1。请发给对方单位，并念出指纹。</translation>
    </message>
    <message>
        <source>Withdraw trust</source>
        <translation>撤销信任</translation>
    </message>
    <message>
        <source>Refuse every later package from %1 (%2)? Packages merged before stay merged.</source>
        <translation>今后拒绝 %1（%2）的所有数据包吗？此前已合并的数据包不受影响。</translation>
    </message>
    <message>
        <source>Take the district&apos;s office &amp;list…</source>
        <translation>导入区里的单位名单(&amp;L)…</translation>
    </message>
    <message>
        <source>Trust every office on a list the district signed (the district itself must be trusted first).</source>
        <translation>信任区里签名的名单上的每个单位（须先信任区里）。</translation>
    </message>
    <message>
        <source>Save the office l&amp;ist…</source>
        <translation>保存单位名单(&amp;I)…</translation>
    </message>
    <message>
        <source>For the district: the offices trusted here, signed, for every office to take.</source>
        <translation>供区里使用：本单位信任的单位，签名后供各单位导入。</translation>
    </message>
    <message>
        <source>Save the office list</source>
        <translation>保存单位名单</translation>
    </message>
    <message>
        <source>GridDesk office lists (*.gdlist)</source>
        <translation>网格工作台单位名单 (*.gdlist)</translation>
    </message>
    <message>
        <source>Choose the district&apos;s office list</source>
        <translation>选择区里的单位名单</translation>
    </message>
    <message>
        <source>GridDesk office lists (*.gdlist);;All files (*)</source>
        <translation>网格工作台单位名单 (*.gdlist);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The list of %1 office(s) is in %2, signed by this office.</source>
        <translation>%1 个单位的名单在 %2，已由本单位签名。</translation>
    </message>
    <message>
        <source>Take the district&apos;s office list</source>
        <translation>导入区里的单位名单</translation>
    </message>
    <message>
        <source>%1 office(s) on %2&apos;s list are trusted now, each for its area.</source>
        <translation>%2 名单上的 %1 个单位现已受信任，各按其范围。</translation>
    </message>
</context>
<context>
    <name>gdui::TrustedOfficeModel</name>
    <message>
        <source>(no name)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>密钥指纹</translation>
    </message>
    <message>
        <source>May send</source>
        <translation>可发送范围</translation>
    </message>
    <message>
        <source>Trusted on</source>
        <translation>信任时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
</context>
<context>
    <name>gdui::UndoGuard</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>gdui::UnitContactDialog</name>
    <message>
        <source>New contact of %1</source>
        <translation>%1 的新联系人</translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation>联系人 %1</translation>
    </message>
    <message>
        <source>e.g. 抢修班长</source>
        <translation>例如 抢修班长</translation>
    </message>
    <message>
        <source>Mobile, or landline with area code</source>
        <translation>手机号，或带区号的固定电话</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>职务(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>gdui::UnitContactTableModel</name>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
</context>
<context>
    <name>gdui::UnitForm</name>
    <message>
        <source>e.g. 青岛能源华润燃气市南营业所</source>
        <translation>例如 青岛能源华润燃气市南营业所</translation>
    </message>
    <message>
        <source>Choose a type</source>
        <translation>请选择类型</translation>
    </message>
    <message>
        <source>e.g. 0532-82871234, 95598</source>
        <translation>例如 0532-82871234、95598</translation>
    </message>
    <message>
        <source>The street the unit serves; district-wide units serve every street.</source>
        <translation>单位服务的街道；全区性单位服务所有街道。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>Service &amp;phone:</source>
        <translation>服务电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>S&amp;treet:</source>
        <translation>街道(&amp;T)：</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Add &amp;contact…</source>
        <translation>添加联系人(&amp;C)…</translation>
    </message>
    <message>
        <source>Edit contact…</source>
        <translation>编辑联系人…</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>删除联系人</translation>
    </message>
    <message>
        <source>(whole district)</source>
        <translation>（全区）</translation>
    </message>
    <message>
        <source>New unit</source>
        <translation>新建单位</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>承办单位：%1</translation>
    </message>
    <message>
        <source>Unit: %1 (deactivated)</source>
        <translation>承办单位：%1（已停用）</translation>
    </message>
</context>
<context>
    <name>gdui::UnitTableModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Whole district</source>
        <translation>全区</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Service phone</source>
        <translation>服务电话</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>gdui::UnitsPage</name>
    <message>
        <source>New unit</source>
        <translation>新建单位</translation>
    </message>
    <message>
        <source>Add a unit cases are referred to (Ctrl+Shift+U)</source>
        <translation>新增承办单位（Ctrl+Shift+U）</translation>
    </message>
    <message>
        <source>Type filter</source>
        <translation>类型筛选</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Search units</source>
        <translation>搜索承办单位</translation>
    </message>
    <message>
        <source>Search name or phone (Ctrl+F)</source>
        <translation>搜索名称或电话（Ctrl+F）</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>停用(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>启用(&amp;A)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Edit unit %1</source>
        <translation>编辑承办单位 %1</translation>
    </message>
    <message>
        <source>Add unit %1</source>
        <translation>新增承办单位 %1</translation>
    </message>
    <message>
        <source>Activate unit %1</source>
        <translation>启用承办单位 %1</translation>
    </message>
    <message>
        <source>Remove unit</source>
        <translation>删除承办单位</translation>
    </message>
    <message>
        <source>Remove %1 and its contacts? A unit cases still refer to is deactivated instead, and can be activated again.</source>
        <translation>删除 %1 及其联系人？仍被诉求引用的单位改为停用，之后可重新启用。</translation>
    </message>
    <message>
        <source>Remove unit %1</source>
        <translation>删除承办单位 %1</translation>
    </message>
    <message>
        <source>Edit contact %1</source>
        <translation>编辑联系人 %1</translation>
    </message>
    <message>
        <source>Add contact %1 to %2</source>
        <translation>为 %2 添加联系人 %1</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>删除联系人</translation>
    </message>
    <message>
        <source>Remove the contact %1?</source>
        <translation>删除联系人 %1？</translation>
    </message>
    <message>
        <source>Remove contact %1</source>
        <translation>删除联系人 %1</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>未删除</translation>
    </message>
</context>
<context>
    <name>gdui::VisitForm</name>
    <message>
        <source>unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>room</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>a place that is not a building: 小区北门, 菜市场</source>
        <translation>不是楼栋时的地点：小区北门、菜市场</translation>
    </message>
    <message>
        <source>What was found; a problem can become a case (Ctrl+Shift+S)</source>
        <translation>发现情况；发现的问题可登记为诉求（Ctrl+Shift+S）</translation>
    </message>
    <message>
        <source>&amp;Worker:</source>
        <translation>网格员(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>时间(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Grid:</source>
        <translation>网格(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Building:</source>
        <translation>楼栋(&amp;B)：</translation>
    </message>
    <message>
        <source>U&amp;nit and room:</source>
        <translation>单元和房间(&amp;N)：</translation>
    </message>
    <message>
        <source>Care &amp;household:</source>
        <translation>关爱对象(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>地点(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Met:</source>
        <translation>走访对象(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Found:</source>
        <translation>发现情况(&amp;F)：</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>添加(&amp;D)…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>P&amp;hotos:</source>
        <translation>照片(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Save visit</source>
        <translation>保存走访(&amp;S)</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Save and register the finding as a &amp;case…</source>
        <translation>保存并将发现的问题登记为诉求(&amp;C)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S: the problem found becomes a case found on patrol, credited to the worker</source>
        <translation>Ctrl+Shift+S：发现的问题登记为巡查发现的诉求，记在该网格员名下</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>清空(&amp;L)</translation>
    </message>
    <message>
        <source>(choose the worker)</source>
        <translation>（选择网格员）</translation>
    </message>
    <message>
        <source>(choose the grid)</source>
        <translation>（选择网格）</translation>
    </message>
    <message>
        <source>(no building)</source>
        <translation>（无楼栋）</translation>
    </message>
    <message>
        <source>(not a care visit)</source>
        <translation>（非关爱走访）</translation>
    </message>
    <message>
        <source>%1 (%2 KB)</source>
        <translation>%1（%2 KB）</translation>
    </message>
    <message>
        <source>Photos of the visit</source>
        <translation>走访照片</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png)</source>
        <translation>图片 (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>gdui::VisitImportDialog</name>
    <message>
        <source>Import visits from a file</source>
        <translation>从文件导入走访记录</translation>
    </message>
    <message>
        <source>A CSV file: 时间, 网格员, 网格, 类型, 楼栋, 单元, 房间, 地点, 走访对象, 发现情况, 备注</source>
        <translation>CSV 文件：时间、网格员、网格、类型、楼栋、单元、房间、地点、走访对象、发现情况、备注</translation>
    </message>
    <message>
        <source>&amp;Choose a file…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>%1（必填）：</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>网格员</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>发现情况</translation>
    </message>
    <message>
        <source>&amp;Import the good lines</source>
        <translation>导入有效行(&amp;I)</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Refused: %1: %2</source>
        <translation>不导入：%1：%2</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>已导入过</translation>
    </message>
    <message>
        <source>%1 line(s): %2 to import, %3 imported before, %4 refused (in red, with the reason).</source>
        <translation>共 %1 行：将导入 %2 行，已导入过 %3 行，不导入 %4 行（红色，附原因）。</translation>
    </message>
    <message>
        <source>Importing visits…</source>
        <translation>正在导入走访记录…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was written.</source>
        <translation>导入已取消，没有写入任何记录。</translation>
    </message>
    <message>
        <source>line %1: %2: %3</source>
        <translation>第 %1 行：%2：%3</translation>
    </message>
    <message>
        <source>%1 line(s): %2 imported, %3 already there, %4 refused.</source>
        <translation>共 %1 行：导入 %2 行，已有 %3 行，未导入 %4 行。</translation>
    </message>
    <message>
        <source>To import</source>
        <translation>将导入</translation>
    </message>
</context>
<context>
    <name>gdui::VisitListModel</name>
    <message>
        <source>%1 (care household %2)</source>
        <translation>%1（关爱对象 %2）</translation>
    </message>
    <message numerus="yes">
        <source>[%n photo(s)] </source>
        <translation>
            <numerusform>[%n 张照片] </numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>网格员</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>发现情况</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>诉求编号</translation>
    </message>
</context>
<context>
    <name>gdui::VisitsPage</name>
    <message>
        <source>&amp;Visits and patrols</source>
        <translation>走访巡查(&amp;V)</translation>
    </message>
    <message>
        <source>Care &amp;register</source>
        <translation>关爱台账(&amp;R)</translation>
    </message>
    <message>
        <source>(every worker)</source>
        <translation>（全部网格员）</translation>
    </message>
    <message>
        <source>Visits and patrols</source>
        <translation>走访和巡查</translation>
    </message>
    <message>
        <source>Only those that became cases</source>
        <translation>只看已登记为诉求的</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>范围(&amp;W)：</translation>
    </message>
    <message>
        <source>Register the finding as a case…</source>
        <translation>登记为诉求…</translation>
    </message>
    <message>
        <source>Open its case</source>
        <translation>打开诉求</translation>
    </message>
    <message>
        <source>Delete the visit</source>
        <translation>删除走访</translation>
    </message>
    <message>
        <source>The visit was saved.</source>
        <translation>走访已保存。</translation>
    </message>
    <message>
        <source>The visit was saved and its finding registered as a case.</source>
        <translation>走访已保存，发现的问题已登记为诉求。</translation>
    </message>
    <message>
        <source>Every household</source>
        <translation>全部关爱对象</translation>
    </message>
    <message>
        <source>Only those late for a visit</source>
        <translation>只看逾期未走访的</translation>
    </message>
    <message>
        <source>Record a care &amp;visit</source>
        <translation>登记关爱走访(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Add a household…</source>
        <translation>新增关爱对象(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>No longer cared for</source>
        <translation>移出台账</translation>
    </message>
    <message>
        <source>Names, phones and addresses are shown in full only to the grid&apos;s worker, its grid head and supervisors; opening a household is recorded.</source>
        <translation>姓名、电话和地址只对本网格的网格员、网格长和主管完整显示；打开关爱对象会被记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>共 %n 条走访</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n household(s), %1 late for a visit</source>
        <translation>
            <numerusform>共 %n 户，%1 户逾期未走访</numerusform>
        </translation>
    </message>
    <message>
        <source>Register the finding as a case</source>
        <translation>登记为诉求</translation>
    </message>
    <message>
        <source>This visit&apos;s finding is already case %1.</source>
        <translation>这次走访发现的问题已是诉求 %1。</translation>
    </message>
    <message>
        <source>The finding was registered as a case.</source>
        <translation>发现的问题已登记为诉求。</translation>
    </message>
    <message>
        <source>Delete the visit of %1 on %2 with its photos?</source>
        <translation>删除 %1 于 %2 的走访及其照片？</translation>
    </message>
    <message>
        <source>Care register</source>
        <translation>关爱台账</translation>
    </message>
    <message>
        <source>&amp;Import from a file…</source>
        <translation>从文件导入(&amp;I)…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n visit(s)</source>
        <translation>
            <numerusform>%1：%n 次走访巡查</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n household(s)</source>
        <translation>
            <numerusform>%1：%n 户</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gdui::VolunteerServiceDialog</name>
    <message>
        <source>Record a volunteer service</source>
        <translation>登记志愿服务</translation>
    </message>
    <message>
        <source>Change the volunteer service</source>
        <translation>修改志愿服务</translation>
    </message>
    <message>
        <source>(choose the team)</source>
        <translation>（请选择服务队）</translation>
    </message>
    <message>
        <source>Choose a kind of service, or type a new one: it joins the office&apos;s list.</source>
        <translation>选择服务类别，或输入新类别：新类别将加入本单位的列表。</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>服务队(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Grid:</source>
        <translation>网格(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类别(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>时间(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Hours each:</source>
        <translation>每人时长(&amp;H)：</translation>
    </message>
    <message>
        <source>Ho&amp;useholds served:</source>
        <translation>服务户数(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;What was done:</source>
        <translation>服务内容(&amp;W)：</translation>
    </message>
    <message>
        <source>Who &amp;served:</source>
        <translation>参加人员(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>gdui::VolunteerServiceListModel</name>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>服务队</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Kind of service</source>
        <translation>服务类别</translation>
    </message>
    <message>
        <source>Hours each</source>
        <translation>每人时长</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>服务户数</translation>
    </message>
</context>
<context>
    <name>gdui::VolunteerTeamsTab</name>
    <message>
        <source>a new team&apos;s name</source>
        <translation>新服务队名称</translation>
    </message>
    <message>
        <source>(its community)</source>
        <translation>（所在社区）</translation>
    </message>
    <message>
        <source>&amp;Make the team</source>
        <translation>建立服务队(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;New team:</source>
        <translation>新服务队(&amp;N)：</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>服务队</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>队员数</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>队员</translation>
    </message>
    <message>
        <source>(choose a volunteer)</source>
        <translation>（请选择志愿者）</translation>
    </message>
    <message>
        <source>&amp;Add to the team</source>
        <translation>加入服务队(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Take off the team</source>
        <translation>移出服务队(&amp;T)</translation>
    </message>
    <message>
        <source>Make a volunteer team</source>
        <translation>建立志愿服务队</translation>
    </message>
    <message>
        <source>Add to the team</source>
        <translation>加入服务队</translation>
    </message>
    <message>
        <source>Take off the team</source>
        <translation>移出服务队</translation>
    </message>
</context>
<context>
    <name>gdui::VolunteerTotalsTab</name>
    <message>
        <source>Per team</source>
        <translation>按服务队</translation>
    </message>
    <message>
        <source>Per volunteer</source>
        <translation>按志愿者</translation>
    </message>
    <message>
        <source>Per kind of service</source>
        <translation>按服务类别</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>范围(&amp;W)：</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务次数</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>时长（小时）</translation>
    </message>
    <message>
        <source>Households served</source>
        <translation>服务户数</translation>
    </message>
    <message>
        <source>(choose a volunteer)</source>
        <translation>（请选择志愿者）</translation>
    </message>
    <message>
        <source>&amp;Print the hours statement…</source>
        <translation>打印时长证明(&amp;P)…</translation>
    </message>
    <message>
        <source>Save it as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Hours statement of:</source>
        <translation>时长证明：</translation>
    </message>
    <message>
        <source>Save the hours statement</source>
        <translation>保存时长证明</translation>
    </message>
    <message>
        <source> hours.pdf</source>
        <translation>服务时长证明.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Hours statement</source>
        <translation>时长证明</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
</context>
<context>
    <name>gdui::VolunteersPage</name>
    <message>
        <source>&amp;Services</source>
        <translation>服务记录(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Teams</source>
        <translation>服务队(&amp;T)</translation>
    </message>
    <message>
        <source>T&amp;otals and hours</source>
        <translation>统计与时长(&amp;O)</translation>
    </message>
    <message>
        <source>Every team</source>
        <translation>全部服务队</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>范围(&amp;W)：</translation>
    </message>
    <message>
        <source>Volunteer services</source>
        <translation>志愿服务</translation>
    </message>
    <message>
        <source>&amp;Record a service…</source>
        <translation>登记服务(&amp;R)…</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n 次服务</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a service in the list, or record one (Ctrl+N).&lt;/p&gt;</source>
        <translation>&lt;p&gt;请在列表中选择服务记录，或登记一次（Ctrl+N）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 hours each, %2 household(s) served&lt;/p&gt;</source>
        <translation>&lt;p&gt;每人 %1 小时，服务 %2 户&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Served: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;参加人员：%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The service was recorded.</source>
        <translation>已登记志愿服务。</translation>
    </message>
    <message>
        <source>Change the volunteer service</source>
        <translation>修改志愿服务</translation>
    </message>
    <message>
        <source>Remove the volunteer service</source>
        <translation>删除志愿服务</translation>
    </message>
    <message>
        <source>Remove this service from the record?</source>
        <translation>从记录中删除这次服务？</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n service(s)</source>
        <translation>
            <numerusform>%1：%n 次服务</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gdui::WorkerForm</name>
    <message>
        <source>(not given)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Mobile, 11 digits</source>
        <translation>手机号，11 位</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Star levels change only through the monthly star-rating review.</source>
        <translation>星级只能通过每月星级评定调整。</translation>
    </message>
    <message>
        <source>Grid codes, separated by spaces</source>
        <translation>网格编码，以空格分隔</translation>
    </message>
    <message>
        <source>C&amp;hoose photo…</source>
        <translation>选择照片(&amp;H)…</translation>
    </message>
    <message>
        <source>Clear photo</source>
        <translation>清除照片</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>性别(&amp;X)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类别(&amp;K)：</translation>
    </message>
    <message>
        <source>C&amp;ommunity:</source>
        <translation>社区(&amp;O)：</translation>
    </message>
    <message>
        <source>S&amp;tart date:</source>
        <translation>上岗日期(&amp;T)：</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>状态(&amp;U)：</translation>
    </message>
    <message>
        <source>Star level:</source>
        <translation>星级：</translation>
    </message>
    <message>
        <source>&amp;Grids:</source>
        <translation>网格(&amp;G)：</translation>
    </message>
    <message>
        <source>Photo:</source>
        <translation>照片：</translation>
    </message>
    <message>
        <source>Career ladder</source>
        <translation>职业发展</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Add ste&amp;p…</source>
        <translation>添加阶段(&amp;P)…</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>删除阶段</translation>
    </message>
    <message>
        <source>Co&amp;ver a vacant grid…</source>
        <translation>代管空缺网格(&amp;V)…</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>无照片</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>选择照片</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png)</source>
        <translation>图片 (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>%1 could not be read as a picture: %2</source>
        <translation>无法将 %1 作为图片读取：%2</translation>
    </message>
    <message>
        <source>Covers %1 from %2%3, subsidy %4 yuan a month</source>
        <translation>自 %2 起代管 %1%3，每月补贴 %4 元</translation>
    </message>
    <message>
        <source> to %1</source>
        <translation>，至 %1 止</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>New worker</source>
        <translation>新建人员</translation>
    </message>
    <message>
        <source>Worker: %1</source>
        <translation>人员：%1</translation>
    </message>
    <message>
        <source>Pa&amp;rty member (marked on the contact card)</source>
        <translation>中共党员（便民联系卡上标注）(&amp;R)</translation>
    </message>
</context>
<context>
    <name>gdui::WorkerTableModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Grids</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Star level</source>
        <translation>星级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 及另外 %n 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>GridDesk</source>
        <translation>网格工作台</translation>
    </message>
</context>
</TS>
