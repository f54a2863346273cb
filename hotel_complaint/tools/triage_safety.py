# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Life-safety layer of auto-triage (C2.2), pure Python, without Odoo.

Curated patterns in English, simplified and traditional Chinese (with common
variants and typos) for the hazards that need immediate action: fire or
smoke, gas, flooding, people trapped, injury or bleeding, allergic reaction or
another medical emergency, intrusion, theft or assault, electrical hazard.
A match makes the suggested severity "urgent"; the layer only ever raises
severity, it never lowers it. A pattern of ``_NOT`` that covers the match
(cigarette smoke, a fire drill, blood stains on a sheet...) cancels it.
"""

import re
import unicodedata

# hazard code: (patterns, exceptions), each a list of regular expressions over
# the case-folded text.
HAZARDS = {
    "fire": (
        [
            r"\b(on fire|caught fire|catch(es|ing)? fire|burst into flames?"
            r"|flames?|blaze|fire (in|at|on|from)|there is a fire|a fire)\b",
            r"\bsmoke (is |was )?(coming|pouring|billowing|filling|from|out"
            r"|everywhere|in the (corridor|room|hall|kitchen|lobby|stair))",
            r"\b(thick|black|heavy) smoke\b|\bsmoke and fire\b|\bfire\b",
            r"\bsmoky (corridor|room|hall|stair)",
            r"\b(corridor|room|hall|kitchen|lobby) is (full of smoke|smoky)",
            r"着火|著火|起火|失火|冒出火|冒火|火灾|火災|火苗|火焰|火光|冒烟|冒煙|浓烟|濃煙|烟雾|煙霧|都是烟|都是煙",
            r"(楼梯|樓梯|走廊|房间|房間|大堂|大廳|厨房|廚房|电梯|電梯).{0,4}(有烟|有煙)|火警",
        ],
        [
            r"(cigarette|cigar|tobacco|second.?hand|somebody's|someone's) smoke",
            r"fire (drill|alarm test|exit|place|pit|works|door|extinguisher|safety)",
            r"(fire|flame).?grill|flambe|chafing|candle flame|fireplace",
            r"烟味|菸味|煙味|二手烟|二手菸|消防演习|消防演習|烟花|煙火",
        ],
    ),
    "gas": (
        [
            r"\bgas (leak|smell|odou?r)|\b(smel+|smel+s|smel+ing|stink\w*|reek\w*)\b"
            r".{0,20}\bgas\b|\bleaking gas\b",
            r"煤气|煤氣|燃气|燃氣|瓦斯|天然气|天然氣|漏气|漏氣",
        ],
        [r"gas (station|stove was lovely)", r"加油站"],
    ),
    "flooding": (
        [
            r"\bflood(ed|ing)?\b|\bpipe (has )?burst\b|\bburst pipe"
            r"|\bwater (is )?everywhere",
            r"水管爆|爆管|到处都是水|到處都是水",
            r"\bwater (is |was |keeps )?(pouring|coming|gushing|leaking|dripping"
            r"|pours|comes|running|streaming) (in )?(through|from|out of|down)"
            r" (the )?(ceiling|roof|light|wall)",
            r"\bceiling (is )?(leaking|collaps\w*|caving)",
            r"\bwater (is |was )?(dripping|pouring|coming|leaking)"
            r" (from|through|out of) the (light|lihgt|ligth|lamp|\w*ling)",
            r"天花板.{0,6}(漏水|渗水|滲水|灌水|滴水|塌)|(淹水|水淹|积水成河|浸水)|地上都淹",
        ],
        [],
    ),
    "trapped": (
        [
            r"\b(stuck|trapped|locked|shut) (inside |in )?(the |a |an )?"
            r"(lift|elevator|sauna|steam room|cold room|freezer)",
            r"\b(lift|elevator) (is |has )?(stuck|stopped|broke down) "
            r"(with|between|and we|and people)",
            r"\b(lift|elevator) doors? (will not|won'?t|do not|don'?t|cannot"
            r"|can'?t|does not) open\b|电梯门打不开|電梯門打不開",
            r"\btrapped\b|\b(stuck|sutck|stcuk|trappd)\b.{0,20}\b(lift|lft|elevator|elevtor)\b",
            r"(困在|被困|卡在|关在|關在).{0,6}(电梯|電梯|桑拿|三溫暖|蒸汽|蒸气|蒸氣|冷库|冷庫)"
            r"|(电梯|電梯).{0,8}(困|出不来|出不來|关着人|關著人)|被困",
        ],
        [],
    ),
    "injury": (
        [
            r"\b(bleeding|bleeds|bled|injur(ed|y|ies)|concussion|unconscious"
            r"|broke (his|her|my|their) (arm|leg|wrist|ankle|toe|nose|hip)"
            r"|broken (arm|leg|wrist|ankle|toe|nose|hip)|fractured?)\b",
            r"\b(lots of|a lot of|so much|pool of) blood\b",
            r"\b(cut|hit|hurt|injured|burnt|burned|scalded) (his|her|my|their|our)"
            r" (head|foot|feet|hand|hands|leg|arm|face|eye|chin|lip|knee|finger)",
            r"\bcut (his|her|my|their|our) \w+ open\b",
            r"\b(fell|slipped|tripped) (and|down|over|on)\b.{0,40}"
            r"\b(hurt|head|blood|bleed|broke|hospital|ambulance)",
            r"\b(badly|seriously) hurt\b|\bis hurt\b",
            r"(流|出)了?(很多|好多|一地|不少|一点|一點)?血|(头|頭)(撞|破)|撞到(头|頭)",
            r"受伤|受傷|流血|出血|骨折|割伤|割傷|划伤|劃傷|砸伤|砸傷|烫伤|燙傷|摔伤|摔傷|头破|頭破",
        ],
        [
            r"no(body|one| one)? (was |got )?(hurt|injured)",
            r"(almost|nearly) (cut|hit|hurt|injured|burnt|burned|scalded)",
            r"没有人受伤|沒有人受傷|差点|差點",
        ],
    ),
    "medical": (
        [
            r"\b(al+erg\w* reaction|anaphyla\w*|epi.?pen|al+ergy attack)\b",
            r"\b(hard|hadly|barely|n'?t|not|struggl|sruggl|trouble|difficult)\w*\W+(\w+\W+){0,2}"
            r"breath",
            r"\b(face|fce|lips?|throat|tongue|eyes?)\b.{0,15}\b(swol+en|swel+ing)\b"
            r"|\bswel+ing up\b",
            r"\ballergic\b.{0,80}\b(swell\w*|swollen|breath\w*|hives|rash"
            r"|throat|ambulance|hospital)",
            r"\b(can'?t|cannot|could not|couldn'?t|can hardly|hardly|struggling"
            r" to|difficulty|trouble) breath\w*",
            r"\b(collapsed|fainted|passed out|not responding|unresponsive"
            r"|seizure|heart attack|chest pains?|stroke|choking|overdose)\b",
            r"\b(call|need|send) (an )?ambulance\b|\bwheez\w*|\binhaler\b",
            r"喘得(很)?(厉害|厲害)|吸入器",
            r"过敏反应|過敏反應|严重过敏|嚴重過敏|过敏性休克|過敏性休克",
            r"(过敏|過敏).{0,30}(肿|腫|呼吸|喘|疹|送医|送醫|急救)",
            r"全身(起|长|長)?(疹|红疹|紅疹)|(眼睛|嘴唇|喉咙|喉嚨|脸|臉|舌头|舌頭).{0,3}(肿|腫)",
            r"呼吸困难|呼吸困難|喘不过气|喘不過氣|晕倒|暈倒|昏倒|昏迷|不省人事"
            r"|抽搐|心脏病发|心臟病發|心脏病犯|心臟病犯|胸口痛|胸痛|救护车|救護車|噎住",
            r"叫.{0,4}(没反应|沒反應)",
        ],
        [],
    ),
    "intrusion": (
        [
            r"\b(stranger|intruder|someone|somebody|a man|a woman) (was |is )?"
            r"(in|inside|entered|came into|walked into|got into|standing in"
            r"|standing inside|trying to (open|get into|enter))\b.{0,20}"
            r"\b(room|door|bathroom)",
            r"\b(broke|broken) into\b|\bbreak.?in\b",
            r"\b(stolen|theft|robbed|robbery|mugged|burglar\w*|pickpocket\w*)\b",
            r"\b(assault\w*|attacked|punched|groped|molest\w*|sexual"
            r" harass\w*|threatened (me|us) with)\b",
            r"\b(fighting|fight) (in|outside)\b|\bscream\w* for help\b|\bviolen(t|ce)\b"
            r"|\b(hitting|beating|strangling) (her|him|me|his|my)\b",
            r"\b(wallet|bag|purse|phone|passport|laptop|watch|jewel\w*|money)\b.{0,20}"
            r"\b(taken|taen|snatched|stolen|grabbed)\b|\b(run|ran|running) off with\b",
            r"\b(pushed|shoved) (my|him|her|me)\b.{0,30}\b(down|stairs|floor|hurt)",
            r"\btouching my (daughter|son|wife|child)",
            r"陌生人|闯进|闖進|闯入|闖入|撬门|撬門|被偷|偷走|被盗|被盜|失窃|失竊|抢劫|搶劫"
            r"|打人|被打(?!扰|擾)|打架|殴打|毆打|袭击|襲擊|性骚扰|性騷擾|非礼|非禮|动手动脚|動手動腳"
            r"|推下楼|推下樓|拿刀|想开我们的门|想開我們的門|救命|在打(她|他|人)",
        ],
        [r"stolen (the show|my heart)"],
    ),
    "electrical": (
        [
            r"\b(electric(al)? shock|electrocut\w*|got a shock|shocked me)\b",
            r"\bsparks?\b|\bsparking\b",
            r"\b(bare|exposed|live|naked|burnt|melted) (wire|wires|cable|cables)\b",
            r"\b(socket|plug|outlet|power point|switch|adapter|charger|kettle|tv"
            r"|hair ?dryer|heater|lamp|fridge|air ?con\w*)\b.{0,25}"
            r"\b(smok\w*|sizzl\w*|melt\w*|burning|scorch\w*)",
            r"\bburning smell\b|\bsmell of burning\b|\bsmells? (like )?burn\w*",
            r"\b(socket|plug|outlet|charger|power point)\b.{0,40}\b(bang|flash|black"
            r"|scorch\w*|burn\w*|smok\w*|melt\w*)\b|\b(bang|flash)\b.{0,40}"
            r"\b(socket|plug|outlet|charger)\b",
            r"触电|觸電|漏电|漏電|电到|電到|电了一下|電了一下|火花|裸露的电线|裸露的電線"
            r"|电线裸露|電線裸露",
            r"(插座|插头|插頭|电线|電線|电器|電器|空调|冷氣|电视|電視|吹风机|吹風機|开关|開關"
            r"|水壶|水壺|暖气|暖氣).{0,8}(冒烟|冒煙|烧焦|燒焦|焦味|融化|熔化|冒火|黑了)",
        ],
        [],
    ),
}

_COMPILED = {
    code: (
        re.compile("|".join(f"(?:{p})" for p in patterns)),
        re.compile("|".join(f"(?:{p})" for p in exceptions)) if exceptions else None,
    )
    for code, (patterns, exceptions) in HAZARDS.items()
}


def hazards(text):
    """The life-safety hazards in ``text``: a list of ``(code, phrase)``."""
    text = unicodedata.normalize("NFKC", text or "").casefold()
    found = []
    for code, (pattern, exception) in _COMPILED.items():
        for match in pattern.finditer(text):
            start, end = match.span()
            if exception and any(
                exc.start() < end and exc.end() > start
                for exc in exception.finditer(text, max(0, start - 30), end + 30)
            ):
                continue
            found.append((code, match.group(0).strip()))
            break
    return found


def raise_severity(severity, text, order=("minor", "moderate", "serious", "urgent")):
    """The severity after the safety layer, and the hazards found: "urgent"
    when a life-safety hazard is in the text, else ``severity`` unchanged."""
    found = hazards(text)
    if found and (not severity or order.index(severity) < order.index("urgent")):
        return "urgent", found
    return severity, found
