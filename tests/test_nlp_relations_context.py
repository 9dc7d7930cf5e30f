"""Relations that depend on the context around a sentence: whose speech a field is named in,
which event an official is placed at, what an official is in charge of, and career posts.

Each row is a short passage written the way ministry and provincial news pages write it.
"""

from __future__ import annotations

import pytest

from kg.model import Article
from kg.nlp import extract_article


def relations_of(text: str) -> set[tuple[str, str, str, str | None]]:
    doc = extract_article(Article("t.txt", "t.txt", text))
    return {(r.s, r.p, r.o, r.role) for r in doc.relations}


def discusses_of(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o, _ in relations_of(text) if p == "discusses"}


@pytest.mark.parametrize(
    "text,said,not_said",
    [
        (  # a visit: the companies he saw are no speech of his
            "3月5日，工业和信息化部原材料工业司副司长张建国赴辽宁省调研。会上张建国就稀土行业准入政策进行了解读和说明。\n"
            "会后，张建国在省工信厅的陪同下到抚顺石化公司、鞍山钢铁集团公司进行调研，详细了解了炼铁、炼钢等工艺过程。",
            {("张建国", "稀土")},
            {("张建国", "石化"), ("张建国", "钢铁")},
        ),
        (  # a delegation's tour: the fields of the firms visited
            "2月2日至7日，工业和信息化部部长苗圩带队到福建省就转变发展方式进行考察调研。\n"
            "调研组一行先后到福州、厦门等地的企业参观考察，走访企业包括了新材料、新型显示、服装、纺织等领域。\n"
            "在福州座谈会上，苗圩指出，推动工业转型升级应推进信息化与工业化深度融合，培育壮大新能源汽车产业。",
            {("苗圩", "新能源汽车")},
            {("苗圩", "新材料"), ("苗圩", "新型显示"), ("苗圩", "服装"), ("苗圩", "纺织")},
        ),
        (  # 座谈会 is a meeting, not 谈 (speech); the associations speak in turn, then the official
            "10月22日，自治区工信厅副厅长王立新主持召开全区重点工业行业经济运行座谈会。\n"
            "会上，自治区稀土行业协会、水泥协会、光伏装备产业促进会、新能源汽车产业发展促进会等负责人依次交流发言，并就推动行业发展提出意见建议。\n"
            "王立新强调，各行业协会要强化行业运行监测，推动集成电路等产业加快发展。",
            {("王立新", "集成电路")},
            {("王立新", "稀土"), ("王立新", "光伏装备"), ("王立新", "新能源汽车")},
        ),
        (  # the ministry speaks, not the vice minister quoted before
            "工业和信息化部副部长辛国斌：着力构建绿色低碳生态，加快新能源汽车推广应用。\n"
            "此外，工业和信息化部同时表示，我国还将积极推动智能网联汽车创新发展，支持新一代动力电池技术研发。",
            {("辛国斌", "新能源汽车")},
            {("辛国斌", "智能网联汽车"), ("辛国斌", "动力电池")},
        ),
        (  # what public records show is the narrator's
            "工信部党组成员、副部长张云明出席大会并致辞，他指出，要加快工业互联网提档升级。\n"
            "公开资料显示，张云明于今年2月就任工信部副部长。4月8日，工信部召开全国电视电话会议，部署信息通信业重点任务。",
            {("张云明", "工业互联网")},
            {("张云明", "信息通信业")},
        ),
        (  # a dated report before the quotation is the narrator's
            "2015年5月19日，国务院印发《中国制造2025》，提出发展集成电路。“这是第一次从国家战略层面描绘建设制造强国的蓝图。”苗圩说。",
            set(),
            {("苗圩", "集成电路")},
        ),
        (  # the premise he answers is his passage (seed 000)
            "党的二十大报告中提出实施产业基础再造工程。金壮龙说，产业基础再造就是“立地”。",
            {("金壮龙", "产业基础再造工程")},
            set(),
        ),
        (  # a link line after the article (no sentence punctuation) is no part of his speech
            "冯文胜副厅长要求统筹做好企业复工复产各项工作，积极推动工业互联网发展。\n\n"
            "省公安厅开展严厉打击整治拖欠农民工工资问题专项行动 宜春交通投资集团有限公司党委书记接受审查\n",
            {("冯文胜", "工业互联网")},
            {("冯文胜", "严厉打击整治拖欠农民工工资问题专项行动")},
        ),
        (  # a transcript's head alone on its line, once: his answer, not the thought's namesake
            "国务院新闻办公室举行新闻发布会,请工业和信息化部总工程师、新闻发言人陈因介绍一季度工业通信业发展情况。\n以下为实录:\n"
            "陈因:\n感谢各位对我国工业和通信业发展给予的关心和支持。\n"
            "今年以来,全国工业和信息化系统以习近平新时代中国特色社会主义思想为指导,按照高质量发展要求,推进制造强国建设。\n"
            "“中国制造2025”五大工程深入实施,集成电路、工业机器人等产业加快发展。",
            {("陈因", "集成电路"), ("陈因", "工业机器人")},
            {("习近平", "集成电路"), ("习近平", "工业机器人")},
        ),
        (  # a TV script's narration cue 【解说】 is nobody; the speaker named in it speaks
            "【口播导语】今天下午，开工仪式在玉门市举行。省委副书记、省长徐守盛讲话。\n"
            "【解说】开工现场彩旗飘扬。\n【解说】徐守盛在讲话中指出，要加快风电装备发展。",
            {("徐守盛", "风电装备")},
            {("解说", "风电装备")},
        ),
        (  # what the event is, told by the narrator after the quote
            "苗圩说,工信部将推动软件产业高质量发展。软博会是我国软件和信息技术服务业领域的专业展会。",
            {("苗圩", "软件")},
            {("苗圩", "软件和信息技术服务业")},
        ),
        (  # a company's head (no official) speaking next ends the official's passage
            "黑龙江省省长胡昌升表示,黑龙江是石墨资源大省。周育先表示,中国建材集团将加强风力发电、先进复合材料等领域合作。",
            set(),
            {("胡昌升", "先进复合材料")},
        ),
        (  # what a signed memorandum says is nobody's speech
            "副省长刘捷致辞,表示将在电子信息产业等方面开展合作。副省长甘霖与刘烈宏分别代表双方签署产业合作备忘录。"
            "备忘录确定,双方将进一步加强集成电路、轨道交通等领域合作。",
            set(),
            {("刘捷", "集成电路"), ("刘捷", "轨道交通")},
        ),
        (  # the host speaks at the meeting he holds with a guest
            "工业和信息化部部长金壮龙分别会见马来西亚数字部部长哥宾星、通信部部长法米。金壮龙会见法米时表示,中方愿深化5G领域创新合作。",
            {("金壮龙", "5G")},
            {("法米", "5G")},
        ),
        (  # a sentence ending in a colon is no transcript head (its 记者 makes no journalist's turn)
            "产业政策司司长冯飞在答记者问时表示,对于钢铁行业目前存在的困难,工信部采取几个措施:\n"
            "第一,化解钢铁的严重产能过剩,今年要淘汰钢铁落后产能。",
            {("冯飞", "钢铁")},
            set(),
        ),
    ],
)
def test_nlp_discusses_only_the_officials_own_speech(text, said, not_said):
    found = discusses_of(text)
    assert said <= found
    assert not (not_said & found)


def attends_of(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o, _ in relations_of(text) if p == "attends"}


@pytest.mark.parametrize(
    "text,expected",
    [
        (  # the press conference is named in the sentence before the speaker
            "9月2日，工业和信息化部原材料工业司司长陈克龙透露，原材料工业增加值年均增长4.5%。\n"
            "当日，工信部举行“新时代工业和信息化发展”系列新闻发布会第四场。陈克龙介绍，我国原材料工业规模体系优势愈加明显。",
            {("陈克龙", "“新时代工业和信息化发展”系列新闻发布会")},
        ),
        (  # a photo caption after the 部长通道 is held; the minister there attends the NPC session too
            "3月5日，第十四届全国人民代表大会第一次会议举行首场“部长通道”采访活动。这是工业和信息化部部长金壮龙接受媒体采访。",
            {("金壮龙", "“部长通道”"), ("金壮龙", "第十四届全国人民代表大会第一次会议")},
        ),
        (  # every speaker of the clauses after 在…上，, not only the first
            "在首场“部长通道”上，工业和信息化部部长金壮龙表示，中国工业处于回升向好态势；"
            "科技部部长王志刚围绕如何加强基础研究介绍了相关情况；生态环境部部长黄润秋介绍，全国重点城市PM2.5连续下降。",
            {("金壮龙", "“部长通道”"), ("王志刚", "“部长通道”"), ("黄润秋", "“部长通道”")},
        ),
        (  # a collective interview held at the session's press centre
            "李毅中在十一届全国人大三次会议新闻中心举行的集体采访中说，我国工业增速实现了“V”字反弹。",
            {("李毅中", "第十一届全国人民代表大会第三次会议")},
        ),
        (  # the same briefing, named earlier
            "工业和信息化部副部长杨学山24日在国务院新闻办公室举行的国务院政策例行吹风会上表示，集成电路产业仍面临融资难。\n"
            "在同一场吹风会上，工业和信息化部电子信息司司长丁文武补充说，领导小组将负责统筹协调。",
            {("杨学山", "国务院政策例行吹风会"), ("丁文武", "国务院政策例行吹风会")},
        ),
        (  # chairing the closing meeting; speaking at a sub-forum of the conference
            "第十一届全国人民代表大会常务委员会第十八次会议25日下午在北京人民大会堂闭幕。全国人大常委会委员长吴邦国主持闭幕会。\n"
            "第二届世界互联网大会16日在浙江乌镇开幕。工业和信息化部部长苗圩17日在大会分论坛上表示，将深入实施“宽带中国”战略。",
            {("吴邦国", "第十一届全国人民代表大会常务委员会第十八次会议"), ("苗圩", "世界互联网大会")},
        ),
        (  # an answer in the first person: 我在主论坛上介绍了
            "记者：5G+工业互联网进展如何？\n徐晓兰：我们深入推进“5G+工业互联网”。"
            "在11月举行的2021中国5G+工业互联网大会上，我在主论坛上介绍了这些成果。\n记者：下一步有何打算？\n徐晓兰：我们将继续推进。",
            {("徐晓兰", "中国5G+工业互联网大会")},
        ),
        (  # a report's title page: the session's name broken across lines, the speaker on the next line
            "政 府 工 作 报 告\n——2021年2月2日在潮州市第十五届\n人民代表大会第七次会议上\n潮州市市长何晓军\n各位代表:\n现在,我代表市人民政府作报告。",
            {("何晓军", "潮州市第十五届人民代表大会第七次会议")},
        ),
        (  # a comma and the day between a long chain of posts and 主持召开
            "工业和信息化部党组成员、总工程师兼国务院促进中小企业发展工作领导小组办公室主任朱宏任,1月10日主持召开"
            "全国中小企业工作会议并讲话。",
            {("朱宏任", "全国中小企业工作会议")},
        ),
    ],
)
def test_nlp_attends_events_named_around_the_speaker(text, expected):
    assert expected <= attends_of(text)


def test_nlp_channel_after_the_opening_meeting_is_not_the_session():
    # 开幕会结束后，“部长通道”开启: the gold places the ministers at the 部长通道 only (devset2 e02).
    text = ("3月5日上午，十四届全国人大三次会议开幕会结束后，首场“部长通道”在人民大会堂北大厅开启。"
            "商务部部长王文涛先后走上“部长通道”，回应社会关切。")
    found = attends_of(text)
    assert ("王文涛", "“部长通道”") in found
    assert ("王文涛", "第十四届全国人民代表大会第三次会议") not in found


def oversees_of(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o, _ in relations_of(text) if p == "oversees"}


@pytest.mark.parametrize(
    "text,expected,not_expected",
    [
        (
            "工信部官网显示，张云明负责信息通信业发展、管理、安全等工作。分管信息通信发展司、信息通信管理局。",
            {("张云明", "信息通信业")},
            set(),
        ),
        (
            "工业和信息化部副部长辛国斌同志主要负责新能源汽车、装备工业等方面工作。",
            {("辛国斌", "新能源汽车")},
            set(),
        ),
        (  # a body's duty and a responsible person are no one's charge
            "工业和信息化部部长苗圩表示，电子信息司负责组织协调集成电路等基础产品的开发与生产。"
            "各地工信部门负责人要推动新能源汽车发展。",
            set(),
            {("苗圩", "集成电路"), ("苗圩", "新能源汽车")},
        ),
    ],
)
def test_nlp_oversees_from_responsible_for(text, expected, not_expected):
    found = oversees_of(text)
    assert expected <= found
    assert not (not_expected & found)


def posts_of(text: str) -> set[tuple[str, str, str | None]]:
    return {(s, o, role) for s, p, o, role in relations_of(text) if p == "holdsPost"}


@pytest.mark.parametrize(
    "text,expected,not_expected",
    [
        (  # a biography paragraph: 曾任 a chain of posts (a company's stepped over), then 起任
            "苗圩，男，汉族，1955年5月生，北京人。曾任东风汽车公司总经理、党委书记，中共湖北省委常委、武汉市委书记。"
            "2008年3月起任工业和信息化部副部长、党组副书记。",
            {("苗圩", "中国共产党湖北省委员会", "常委"), ("苗圩", "中国共产党武汉市委员会", "书记"),
             ("苗圩", "工业和信息化部", "副部长"), ("苗圩", "工业和信息化部", "党组副书记")},
            set(),
        ),
        (
            "李毅中，男，汉族，1945年3月生。曾任中国石油化工集团公司总经理、党组书记，国家安全生产监督管理总局局长。",
            {("李毅中", "国家安全生产监督管理总局", "局长")},
            set(),
        ),
        (  # 历任 …; a title followed by another name is that person's, and ends the chain
            "辛国斌历任国家发展改革委副主任，工业和信息化部副部长，工业和信息化部部长苗圩对此表示肯定。",
            {("辛国斌", "国家发展改革委", "副主任"), ("辛国斌", "工业和信息化部", "副部长")},
            {("辛国斌", "工业和信息化部", "部长")},
        ),
        (  # 主任 and 责任 hold 任, but no appointment
            "国家发展改革委主任郑栅洁表示，工业和信息化部承担主体责任，国务院国有资产监督管理委员会配合。",
            {("郑栅洁", "国家发展改革委", "主任")},
            {("郑栅洁", "工业和信息化部", "主任"), ("郑栅洁", "国务院国有资产监督管理委员会", "主任")},
        ),
        (  # the first post of a chain at a body of no entity of ours (the committee's school) is stepped over
            "李猛，男，1967年2月生，历任安徽省委党校副校长，芜湖市委常委、纪委书记，安徽省纪委副书记、省监察厅厅长，铜陵市委书记等职。",
            {("李猛", "中国共产党芜湖市委员会", "常委"), ("李猛", "中国共产党安徽省纪律检查委员会", "副书记"),
             ("李猛", "安徽省监察厅", "厅长"), ("李猛", "中国共产党铜陵市委员会", "书记")},
            {("李猛", "中国共产党安徽省委员会", "副校长")},
        ),
        (  # the career on the line after the bio's head; a factory's posts stepped over; a secretariat's head
            "陆昊简历\n陆昊，男，汉族，1967年6月生，上海人，北京大学经济学院经济学硕士研究生毕业。\n"
            "历任北京清河毛纺织厂副厂长、厂长，北京市人民政府副市长，共青团中央书记处第一书记。",
            {("陆昊", "北京市人民政府", "副市长"), ("陆昊", "中国共产主义青年团中央委员会", "第一书记")},
            {("陆昊", "历任北京市人民政府", "副市长"), ("陆昊", "中国共产主义青年团中央委员会", "书记")},
        ),
        (  # a name before 曾任 and a local body; a post of no known body in the middle goes on to the next
            "于伟国曾任福建省委常委、组织部部长、厦门市委书记等职务。",
            {("于伟国", "中国共产党福建省委员会", "常委"), ("于伟国", "中国共产党厦门市委员会", "书记")},
            set(),
        ),
        (  # a title, 是, then who holds it, at the one body the sentence names (no post where it names two)
            "现任工信部领导班子中,部长是苗圩,四名副部长分别是许达哲、怀进鹏、刘利华和张小三。"
            "商务部和工信部的发言人分别是李四和王五。",
            {("苗圩", "工业和信息化部", "部长"), ("许达哲", "工业和信息化部", "副部长"), ("张小三", "工业和信息化部", "副部长")},
            {("李四", "商务部", "发言人"), ("王五", "工业和信息化部", "发言人")},
        ),
        (  # right after the body's name, after 的, after 任命了 and a count with 位 and a comma; 以及 before the last
            "工业和信息化部部长是李毅中。工業和信息化部任命了3位副部長,分別是王旭東、奚國華以及楊學山。",
            {("李毅中", "工业和信息化部", "部长"), ("王旭东", "工业和信息化部", "副部长"), ("杨学山", "工业和信息化部", "副部长")},
            set(),
        ),
        (  # a post someone no longer holds (gold: a removed post is a post held)
            "许达哲同志任湖南省委委员、常委、书记；徐守盛同志不再担任湖南省委书记、常委、委员职务。",
            {("徐守盛", "中国共产党湖南省委员会", "书记"), ("许达哲", "中国共产党湖南省委员会", "书记")},
            set(),
        ),
        (  # a congress's standing committee decides an acting governor, as written; 任组长 is no name
            "湖南省人大常委会会议决定：任命许达哲为湖南省副省长，决定许达哲为湖南省代理省长。温家宝总理任组长。",
            {("许达哲", "湖南省人民政府", "副省长"), ("许达哲", "湖南省人民政府", "代理省长")},
            {("任组长", "国务院", "总理")},
        ),
        (  # a name in a possessive is not the one whose career it is; a comma after another clause's post ends a chain
            "官方今天公布,工业和信息化部副部长唐登杰担任福建代省长,北京市委副书记景俊海担任吉林代省长。"
            "景俊海是习近平的陕西老乡,曾任陕西副省长、陕西省委常委。",
            {("唐登杰", "福建省人民政府", "代省长"), ("景俊海", "吉林省人民政府", "代省长"), ("景俊海", "陕西省人民政府", "副省长")},
            {("景俊海", "福建省人民政府", "代省长"), ("习近平", "陕西省人民政府", "副省长")},
        ),
        (  # a name before 给, a base's working and administrative committees
            "中共中央政治局常委、国务院副总理黄菊给大会发来贺信。宁夏宁东基地党工委委员、管委会副主任金政伟发言。",
            {("黄菊", "国务院", "副总理"), ("金政伟", "宁夏宁东基地管理委员会", "副主任")},
            set(),
        ),
        (  # elected by a congress; its term is no part of the committee's name; a headline's 易人 is nobody
            "河北、贵州省人大常委会主任易人\n陈敏尔1月30日当选为贵州省十二届人民代表大会常务委员会主任。",
            {("陈敏尔", "贵州省人民代表大会常务委员会", "主任")},
            {("易人", "贵州省人民代表大会常务委员会", "主任"), ("陈敏尔", "贵州省十二届人民代表大会常务委员会", "主任")},
        ),
        (  # a member of a party committee holds a post (a member of a CPPCC holds none)
            "易炼红同志任浙江省委委员、常委、书记。省政协委员张三出席。",
            {("易炼红", "中国共产党浙江省委员会", "委员"), ("易炼红", "中国共产党浙江省委员会", "常委"),
             ("易炼红", "中国共产党浙江省委员会", "书记")},
            {("张三", "中国人民政治协商会议浙江省委员会", "委员")},
        ),
        (  # an international body's head inherits no post of the official named before him
            "开幕式上,国家发展改革委副秘书长苏伟致辞,国际电信联盟(ITU)秘书长赵厚麟视频致辞。",
            {("苏伟", "国家发展改革委", "副秘书长")},
            {("赵厚麟", "国家发展改革委", "秘书长")},
        ),
        (  # executive and acting heads of a region's and a city's government
            "内蒙古自治区党委常委、自治区常务副主席黄志强出席。扬州市代市长谢正义陪同。",
            {("黄志强", "中国共产党内蒙古自治区委员会", "常委"), ("黄志强", "内蒙古自治区人民政府", "常务副主席"),
             ("谢正义", "扬州市人民政府", "代市长")},
            set(),
        ),
    ],
)
def test_nlp_career_posts(text, expected, not_expected):
    found = posts_of(text)
    assert expected <= found
    assert not (not_expected & found)


@pytest.mark.parametrize(
    "text,expected,unexpected",
    [
        ("近日，工信部在京召开重点地区工业经济运行座谈会，辛国斌、工业和信息化部副部长张云明出席并讲话。",
         {("辛国斌", "attends", "重点地区工业经济运行座谈会", None), ("张云明", "attends", "重点地区工业经济运行座谈会", None)}, set()),
        ("昨日工信部召开党组扩大会议，党组书记、部长苗圩主持会议。",
         {("苗圩", "holdsPost", "工业和信息化部", "党组书记"), ("苗圩", "holdsPost", "工业和信息化部", "部长")}, set()),
        ("3月5日，全国工业和信息化工作会议在京召开。昨日工信部召开党组扩大会议，部长苗圩主持会议。",
         {("苗圩", "holdsPost", "工业和信息化部", "部长")}, {("苗圩", "attends", "全国工业和信息化工作会议", None)}),
        ("8月9日,全省工业经济工作推进会议在石家庄召开。会议强调,要以实际行动和优异成绩迎接党的二十大胜利召开。"
         "河北省工业和信息化厅厅长付振波出席会议并讲话。",
         {("付振波", "attends", "河北省工业经济工作推进会议", None)},
         {("付振波", "attends", "中国共产党第二十次全国代表大会", None)}),
        ("新能源汽车“两会”精神宣贯会在京召开\n2017年8月29日,为落实6月23日张高丽副总理主持召开的新能源汽车统筹规划创新发展专题会"
         "和7月4日马凯副总理主持召开的新能源汽车推广应用座谈会的会议精神,中国汽车工业协会组织召开了“两会”精神宣贯会。"
         "工信部装备工业司副司长瞿国春出席会议。",
         {("瞿国春", "attends", "新能源汽车“两会”精神宣贯会", None), ("马凯", "attends", "新能源汽车推广应用座谈会", None),
          ("张高丽", "attends", "新能源汽车统筹规划创新发展专题会", None)},
         {("瞿国春", "attends", "新能源汽车推广应用座谈会", None), ("张高丽", "attends", "新能源汽车推广应用座谈会", None)}),
        ("世界5G大会今日正式开幕,工信部部长苗圩发表主题演讲。国务院总理李强宣布第21届中国国际工业博览会开幕。"
         "张三是在28日由工信部主办的第二十三届中国国际软件博览会开幕式上作出上述表述的。",
         {("苗圩", "attends", "世界5G大会", None), ("李强", "attends", "中国国际工业博览会", None)},
         set()),
        ("2014年亚太经合组织（APEC）贸易部长会议17日在山东青岛开幕。商务部部长高虎城主持会议。高虎城随后在联合记者会上介绍了会议成果。",
         {("高虎城", "attends", "亚太经合组织贸易部长会议", None)},
         {("高虎城", "attends", "联合记者会上介绍了会议", None), ("高虎城", "attends", "贸易部长会议", None)}),
        ("6月10日，全省“861”行动计划推进会在合肥召开。安徽省委书记王金山、省长王太华出席会议并讲话。",
         {("王金山", "attends", "安徽省“861”行动计划推进会", None), ("王太华", "attends", "安徽省“861”行动计划推进会", None)},
         {("王金山", "attends", "全省“861”行动计划推进会", None)}),
        ("首届中国国际消费品博览会6日晚间在海口市开幕。国家主席习近平向消博会发来贺信，国务院副总理胡春华出席开幕式，宣读习近平贺信并致辞。",
         {("胡春华", "attends", "中国国际消费品博览会", None)},
         {("习近平", "attends", "中国国际消费品博览会", None)}),
        ("１９日上午，雅鲁藏布江下游水电工程开工仪式在林芝市举行。国务院总理李强出席仪式。在活动开幕式暨签约仪式上,张三讲话。"
         "省长胡春华出席大会开幕式及签约仪式。",
         {("李强", "attends", "雅鲁藏布江下游水电工程开工仪式", None)},
         {("张三", "attends", "活动开幕式暨签约仪式", None), ("胡春华", "attends", "大会开幕式及签约仪式", None)}),
        ("9月20日上午,2019世界制造业大会在合肥开幕。宿州市市长杨军,市领导王启荣、祖钧公出席开幕式。局领导班子和沈丘、鹿邑负责人出席。",
         {("王启荣", "attends", "世界制造业大会", None), ("祖钧公", "attends", "世界制造业大会", None)},
         {("班子", "attends", "世界制造业大会", None), ("沈丘", "attends", "世界制造业大会", None)}),
    ],
    ids=["officials-after-the-meeting-held", "titles-of-the-body-holding-the-meeting", "chairs-an-unnamed-meeting",
         "an-awaited-congress-is-no-meeting-held", "the-meeting-held-not-the-ones-it-implements", "keynote-and-opening-words", "a-letter-sent-is-no-attendance", "an-abbreviation-in-brackets-inside-the-name", "a-provinces-meeting-under-its-name",
         "a-ceremony-is-an-event",
         "leaders-listed-without-titles"],
)
def test_nlp_meeting_held_by_a_body(text, expected, unexpected):
    relations = relations_of(text)
    assert expected <= relations and not (unexpected & relations)


def test_nlp_a_head_title_is_never_carried_to_another_kind_of_body():
    posts = {(s, o, role) for s, p, o, role in relations_of(
        "工业和信息化部副部长杨学山，副省长张卫国在开幕式上致辞。江苏省工业和信息化厅厅长李四、副市长王启超出席。") if p == "holdsPost"}
    assert ("杨学山", "工业和信息化部", "副部长") in posts
    assert not {(s, o) for s, o, _ in posts} & {("张卫国", "工业和信息化部"), ("王启超", "江苏省工业和信息化厅")}
    assert ("张卫国", "江苏省人民政府", "副省长") in posts  # the province the article names


def test_nlp_at_an_event_written_with_its_year_and_quotes():
    assert ("李毅中", "attends", "中国发展高层论坛", None) in relations_of("李毅中在“中国发展高层论坛2009”上表示，要加快发展。")


def test_nlp_the_document_a_later_sentence_says_was_issued():
    relations = relations_of("要实施《国家民用空间基础设施中长期发展规划》。该规划由国家发展改革委、财政部、国家国防科技工业局联合印发。")
    issuers = {s for s, p, o, _ in relations if p == "issues" and o == "国家民用空间基础设施中长期发展规划"}
    assert issuers == {"国家发展改革委", "财政部", "国家国防科技工业局"}


def test_nlp_a_bare_vice_premier_is_the_state_councils():
    assert ("李鹏", "国务院", "副总理") in posts_of("1988年4月，副总理李鹏在会上讲话。")
    # (a foreign government's deputy head just named is no State Council member)
    assert not {p for p in posts_of("俄罗斯代表团访华。俄罗斯政府代表团团长、副总理王某某表示。") if p[1] == "国务院"}
