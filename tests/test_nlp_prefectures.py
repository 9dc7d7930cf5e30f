"""Autonomous prefectures (prefectures.tsv): their bodies after the prefecture's short or full name, or written
bare in an article about one prefecture, always under the full name (黄南州委 -> 中国共产党黄南藏族自治州委员会).

Each row is a short passage written the way local news pages write it.
"""

from __future__ import annotations

import pytest

from kg.model import Article
from kg.nlp import extract_article


def extraction(text: str) -> tuple[set[str], set[tuple[str, str, str | None]]]:
    doc = extract_article(Article("t.txt", "t.txt", text))
    organizations = {label for label, type_ in doc.entity_types.items() if type_ == "Organization"}
    return organizations, {(r.s, r.o, r.role) for r in doc.relations if r.p == "holdsPost"}


@pytest.mark.parametrize(
    "text,organizations,posts",
    [
        # the audit page: a prefecture's short name once, then its bodies bare
        ("天津市滨海新区区委副书记郑会营率考察组来到泽库县。黄南州委副书记、州政府州长李忠，州委常委、统战部长王某，"
         "州委常委、副州长刘庆纪陪同考察。",
         {"中国共产党黄南藏族自治州委员会", "黄南藏族自治州人民政府", "中国共产党黄南藏族自治州委员会统一战线工作部"},
         {("李忠", "中国共产党黄南藏族自治州委员会", "副书记"), ("李忠", "黄南藏族自治州人民政府", "州长"),
          ("刘庆纪", "中国共产党黄南藏族自治州委员会", "常委"), ("刘庆纪", "黄南藏族自治州人民政府", "副州长")}),
        # the full name, and the state title right after the short name
        ("黔东南苗族侗族自治州州委书记罗强出席会议。恩施州州长刘芳震致辞。",
         {"中国共产党黔东南苗族侗族自治州委员会", "恩施土家族苗族自治州人民政府"},
         {("罗强", "中国共产党黔东南苗族侗族自治州委员会", "书记"), ("刘芳震", "恩施土家族苗族自治州人民政府", "州长")}),
        # a short name before 人民政府, 人大常委会, 政协
        ("楚雄州人民政府副州长李明主持。楚雄州人大常委会副主任王五、州政协副主席赵六出席。",
         {"楚雄彝族自治州人民政府", "楚雄彝族自治州人民代表大会常务委员会", "中国人民政治协商会议楚雄彝族自治州委员会"},
         {("李明", "楚雄彝族自治州人民政府", "副州长"), ("王五", "楚雄彝族自治州人民代表大会常务委员会", "副主任"),
          ("赵六", "中国人民政治协商会议楚雄彝族自治州委员会", "副主席")}),
        # a bare 副州长 and a bare 州工信局 in an article about one prefecture; the short alias 博州
        ("楚雄州召开工业经济运行会议。副州长李明主持，州工信局局长王五汇报。",
         {"楚雄彝族自治州人民政府", "楚雄彝族自治州工业和信息化局"},
         {("李明", "楚雄彝族自治州人民政府", "副州长"), ("王五", "楚雄彝族自治州工业和信息化局", "局长")}),
        ("博州党委副书记、州长王新民出席。博州工信局局长李建国介绍情况。",
         {"中国共产党博尔塔拉蒙古自治州委员会", "博尔塔拉蒙古自治州人民政府", "博尔塔拉蒙古自治州工业和信息化局"},
         {("王新民", "博尔塔拉蒙古自治州人民政府", "州长"), ("李建国", "博尔塔拉蒙古自治州工业和信息化局", "局长")}),
    ],
)
def test_nlp_prefecture_bodies_under_their_full_names(text, organizations, posts):
    found_organizations, found_posts = extraction(text)
    assert organizations <= found_organizations
    assert posts <= found_posts
    # no body keeps the short name (黄南州…, 楚雄州人民政府)
    assert not {label for label in found_organizations if "州" in label and "自治州" not in label}


def test_nlp_bare_prefecture_bodies_need_one_prefecture():
    # two prefectures named: a bare 州工信局 or 副州长 could be either's, so no prefecture is made up
    organizations, posts = extraction("楚雄州与大理州签署合作协议。副州长李明出席，州工信局局长王五介绍情况。")
    assert not {label for label in organizations if label.startswith(("楚雄彝族自治州工", "大理白族自治州工"))}
    assert not {post for post in posts if post[0] == "李明"}
