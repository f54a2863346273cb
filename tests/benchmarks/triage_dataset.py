#!/usr/bin/env python3
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
# pylint: disable=print-used
"""Builds the labelled guest messages of auto-triage
(hotel_complaint/data/triage/messages.jsonl) from the hand-written complaints
below.

Each complaint ("core") is written for this project in English, simplified
and traditional Chinese, with its sub-category, its severity and, for a
life-safety message, the hazard. Every core gives two messages per language:
the complaint as a guest would send it, and a variant (a long rambling
account, typos, a message mixing English and Chinese, a question). The split
is by core: every fourth core of each sub-category, with all its messages, is
held out, so that the held-out part is never seen in training, not even as
another wording of the same complaint.

    python3 tests/benchmarks/triage_dataset.py   # rewrites the data file
"""

import json
import os
import random
import zlib

OUT = os.path.join(
    os.path.dirname(os.path.abspath(__file__)),
    "..",
    "..",
    "hotel_complaint",
    "data",
    "triage",
    "messages.jsonl",
)

# (sub-category code, severity, hazard, English, simplified, traditional)
CORES = []
CORES += [
# ---- service.attitude
("service.attitude","moderate","","The receptionist rolled her eyes at us and said it was not her problem when we asked for a quiet room.","我们想换个安静的房间，前台小姐翻了个白眼，说这不关她的事。","我們想換個安靜的房間，櫃檯小姐翻了個白眼，說這不關她的事。"),
("service.attitude","minor","","The doorman did not even say hello when we came back, a bit cold but nothing serious.","门童看到我们回来连招呼都不打，有点冷淡，不过也不算什么大事。","門僮看到我們回來連招呼都不打，有點冷淡，不過也不算什麼大事。"),
("service.attitude","moderate","","The night manager raised his voice at my wife in front of the whole lobby.","值班经理在大堂里当着所有人的面对我太太大声嚷嚷。","值班經理在大廳裡當著所有人的面對我太太大聲嚷嚷。"),
("service.attitude","minor","","The waiter looked annoyed every time we asked for more water.","每次我们要加水，服务员都一脸不耐烦。","每次我們要加水，服務生都一臉不耐煩。"),
("service.attitude","moderate","","The concierge laughed at my English and mimicked my accent, very humiliating.","礼宾员嘲笑我的英语，还模仿我的口音，让我觉得很丢脸。","禮賓員嘲笑我的英文，還模仿我的口音，讓我覺得很丟臉。"),
("service.attitude","serious","","The security guard grabbed my teenage son by the collar and threatened to call the police for no reason.","保安无缘无故揪住我十几岁儿子的衣领，还威胁要报警。","保全無緣無故揪住我十幾歲兒子的衣領，還威脅要報警。"),
("service.attitude","moderate","","Housekeeping staff were chatting loudly and ignored me when I asked for fresh towels.","客房阿姨在走廊大声聊天，我请她们送毛巾，她们完全不理我。","房務阿姨在走廊大聲聊天，我請她們送毛巾，她們完全不理我。"),
("service.attitude","minor","","The lady at the breakfast entrance was not very friendly this morning.","今天早上早餐厅门口的服务员态度不太友好。","今天早上早餐廳門口的服務人員態度不太友善。"),
("service.attitude","moderate","","When I complained about the bill the cashier told me to stop wasting her time and hung up on me.","我打电话问账单的问题，收银员说别浪费她时间，然后直接挂了我电话。","我打電話問帳單的問題，收銀員說別浪費她時間，然後直接掛了我電話。"),
("service.attitude","serious","","A staff member made racist remarks about my family at the pool and his manager just shrugged.","一名员工在泳池边对我家人说种族歧视的话，他的主管只是耸耸肩。","一名員工在泳池邊對我家人說種族歧視的話，他的主管只是聳聳肩。"),
("service.attitude","urgent","assault","A drunk bartender pushed my friend down the stairs after an argument, she is hurt.","酒吧的调酒师喝醉了，吵架后把我朋友推下楼梯，她受伤了。","酒吧的調酒師喝醉了，吵架後把我朋友推下樓梯，她受傷了。"),
("service.attitude","urgent","assault","A man from the hotel staff keeps touching my daughter and followed her to the room, please send someone now.","有个酒店员工一直对我女儿动手动脚，还跟到了房门口，请马上派人来。","有個飯店員工一直對我女兒動手動腳，還跟到了房門口，請馬上派人來。"),
# ---- service.efficiency
("service.efficiency","minor","","Check-in took about twenty minutes because only one desk was open.","只开了一个柜台，办入住等了大概二十分钟。","只開了一個櫃檯，辦入住等了大概二十分鐘。"),
("service.efficiency","moderate","","I called room service three times and after an hour the food still had not arrived.","我打了三次电话叫送餐，一个小时了东西还没送来。","我打了三次電話叫客房送餐，一個小時了東西還沒送來。"),
("service.efficiency","minor","","Nobody picked up the phone at reception for ages, I gave up and walked down.","前台电话一直没人接，我只好自己下楼去问。","櫃檯電話一直沒人接，我只好自己下樓去問。"),
("service.efficiency","moderate","","We asked for a crib for the baby at 6pm and it only came at midnight.","我们傍晚六点要婴儿床，结果半夜十二点才送来。","我們傍晚六點要嬰兒床，結果半夜十二點才送來。"),
("service.efficiency","moderate","","The airport pickup we booked never showed up, we waited forty minutes and took a taxi.","预订的接机一直没来，我们等了四十分钟只好自己打车。","預訂的接機一直沒來，我們等了四十分鐘只好自己搭計程車。"),
("service.efficiency","minor","","Laundry came back a day later than promised.","洗的衣服比说好的晚了一天才送回来。","送洗的衣服比說好的晚了一天才送回來。"),
("service.efficiency","moderate","","Checkout queue was so long that we almost missed our train.","退房排队排了好久，差点赶不上火车。","退房排隊排了好久，差點趕不上火車。"),
("service.efficiency","minor","","The extra pillows I asked for came only after my second reminder.","我要的加枕头催了两次才送到。","我要的加枕頭催了兩次才送到。"),
("service.efficiency","moderate","","The room was still not ready at 4pm, we sat in the lobby with two tired kids for three hours.","下午四点房间还没准备好，我们带着两个累坏的孩子在大堂坐了三个小时。","下午四點房間還沒準備好，我們帶著兩個累壞的孩子在大廳坐了三個小時。"),
("service.efficiency","serious","","My mother needs her insulin kept cold, we asked for a fridge this morning and still nothing, her medicine is getting warm.","我妈妈的胰岛素需要冷藏，早上就要了冰箱，到现在还没送来，药都快变温了。","我媽媽的胰島素需要冷藏，早上就要了冰箱，到現在還沒送來，藥都快變溫了。"),
# ---- service.skill
("service.skill","moderate","","We were charged twice for the same dinner on the final bill.","结账的时候同一顿晚餐被收了两次钱。","結帳的時候同一頓晚餐被收了兩次錢。"),
("service.skill","moderate","","Reception gave us a twin room although the booking clearly says king bed for our honeymoon.","我们订的是蜜月大床房，前台却给了我们双床房。","我們訂的是蜜月大床房，櫃檯卻給了我們雙床房。"),
("service.skill","minor","","The concierge recommended a restaurant that had closed two years ago.","礼宾部推荐的餐厅两年前就关门了。","禮賓部推薦的餐廳兩年前就關門了。"),
("service.skill","moderate","","They lost our reservation and told us the hotel was full although I have the confirmation email.","我有确认邮件，可是酒店说找不到我们的预订，还说已经满房了。","我有確認信，可是飯店說找不到我們的訂房，還說已經客滿了。"),
("service.skill","minor","","The wake-up call came at 7 instead of 6, luckily my phone alarm worked.","叫醒电话七点才打来，不是六点，幸好我手机闹钟响了。","叫醒電話七點才打來，不是六點，幸好我手機鬧鐘響了。"),
("service.skill","moderate","","The bellboy delivered our suitcases to the wrong room and one is still missing.","行李员把我们的箱子送错了房间，现在还少一个。","行李員把我們的箱子送錯了房間，現在還少一個。"),
("service.skill","serious","","Reception gave a copy of my key card to a man who said he was my husband, I am travelling alone.","前台把我房间的房卡给了一个自称是我丈夫的男人，可我是一个人出差的。","櫃檯把我房間的房卡給了一個自稱是我先生的男人，可我是一個人出差的。"),
("service.skill","minor","","My deposit refund shows a small difference of a few dollars.","押金退回来的金额差了几块钱。","押金退回來的金額差了幾塊錢。"),
("service.skill","moderate","","Staff told us breakfast was included but then charged us for it every day.","员工说含早餐，结果每天都另外收了早餐费。","員工說含早餐，結果每天都另外收了早餐費。"),
("service.skill","urgent","theft","My laptop and passport were stolen from the room safe while we were at dinner.","我们去吃晚饭的时候，房间保险箱里的笔记本电脑和护照被偷了。","我們去吃晚餐的時候，房間保險箱裡的筆電和護照被偷了。"),
("service.skill","urgent","intrusion","I woke up at 3am and a stranger was standing inside my room, he had a key card.","凌晨三点我醒来发现一个陌生人站在我房间里，他手上有房卡。","凌晨三點我醒來發現一個陌生人站在我房間裡，他手上有房卡。"),
("service.skill","urgent","intrusion","Someone is trying to open our door from outside with a card right now, we are scared.","现在有人在门外拿房卡想开我们的门，我们很害怕。","現在有人在門外拿房卡想開我們的門，我們很害怕。"),
]
CORES += [
# ---- environment.cleanliness
("environment.cleanliness","moderate","","There were long hairs in the bathtub and the towels had yellow stains.","浴缸里有长头发，毛巾上还有黄色的污渍。","浴缸裡有長頭髮，毛巾上還有黃色的污漬。"),
("environment.cleanliness","minor","","A bit of dust on the desk and the bin was not emptied.","桌子上有点灰，垃圾桶也没倒。","桌上有點灰，垃圾桶也沒倒。"),
("environment.cleanliness","serious","","We found bed bugs, my kids woke up covered in bites.","床上有臭虫，孩子们醒来身上全是被咬的包。","床上有臭蟲，孩子們醒來身上全是被咬的包。"),
("environment.cleanliness","moderate","","The room smells of cigarettes even though it is a non-smoking floor.","明明是无烟楼层，房间里却一股烟味。","明明是禁菸樓層，房間裡卻一股菸味。"),
("environment.cleanliness","moderate","","A cockroach ran across the floor when I turned on the light.","我一开灯就看到一只蟑螂从地上爬过去。","我一開燈就看到一隻蟑螂從地上爬過去。"),
("environment.cleanliness","minor","","The room was not made up today, we came back at 5pm to unmade beds.","今天没人打扫房间，下午五点回来床还是乱的。","今天沒人打掃房間，下午五點回來床還是亂的。"),
("environment.cleanliness","serious","","Black mould all over the shower ceiling, my asthma is getting worse.","淋浴间天花板全是黑色霉斑，我的哮喘越来越严重了。","淋浴間天花板全是黑色霉斑，我的氣喘越來越嚴重了。"),
("environment.cleanliness","moderate","","The sheets had somebody else's blood stains on them.","床单上有别人留下的血迹。","床單上有別人留下的血跡。"),
("environment.cleanliness","minor","","The glasses in the room had lipstick marks.","房间里的杯子上有口红印。","房間裡的杯子上有口紅印。"),
("environment.cleanliness","moderate","","The pool water is cloudy and there were plasters floating in it.","游泳池的水很浑，上面还漂着创可贴。","游泳池的水很混濁，上面還漂著OK繃。"),
("environment.cleanliness","serious","","Used syringe found under the bed, my toddler almost picked it up.","床底下有一个用过的针头，我家小孩差点捡起来。","床底下有一支用過的針頭，我家小孩差點撿起來。"),
("environment.cleanliness","urgent","injury","My father slipped on the wet lobby floor, there was no warning sign, he hit his head and is bleeding.","大堂地板是湿的也没放警示牌，我爸爸滑倒撞到头，正在流血。","大廳地板是濕的也沒放警示牌，我爸爸滑倒撞到頭，正在流血。"),
# ---- environment.noise
("environment.noise","moderate","","The party next door went on until 3am, nobody came when we called security.","隔壁开派对开到凌晨三点，打电话给保安也没人来。","隔壁開派對開到凌晨三點，打電話給保全也沒人來。"),
("environment.noise","minor","","You can hear the lift every time it stops at our floor.","每次电梯停在我们这层都能听到声音。","每次電梯停在我們這層都聽得到聲音。"),
("environment.noise","moderate","","Drilling from renovation work started at 7am on a Sunday, nobody warned us.","星期天早上七点就开始装修钻墙，事先也没人通知。","星期天早上七點就開始裝修鑽牆，事先也沒人通知。"),
("environment.noise","minor","","The air conditioning unit outside the window hums all night.","窗外的空调外机整晚嗡嗡响。","窗外的冷氣室外機整晚嗡嗡響。"),
("environment.noise","moderate","","The nightclub music from the bar downstairs shakes the floor of our room.","楼下酒吧的音乐震得我们房间地板都在抖。","樓下酒吧的音樂震得我們房間地板都在抖。"),
("environment.noise","minor","","Kids running up and down the corridor in the afternoon.","下午有小孩在走廊里跑来跑去。","下午有小孩在走廊跑來跑去。"),
("environment.noise","moderate","","Trucks unloading under our window at 5am every single day.","每天早上五点就有货车在我们窗户底下卸货。","每天早上五點就有貨車在我們窗戶底下卸貨。"),
("environment.noise","urgent","assault","The people next door have been screaming and throwing furniture for an hour, it sounds violent and I am worried for the woman.","隔壁吵了一个小时，又喊又摔家具，听起来像在打人，我很担心那个女的。","隔壁吵了一個小時，又喊又摔家具，聽起來像在打人，我很擔心那個女生。"),
("environment.noise","minor","","The walls are thin, we can hear the neighbours' TV.","墙太薄了，能听到隔壁的电视声。","牆太薄了，聽得到隔壁的電視聲。"),
("environment.noise","moderate","","Third night in a row the banquet hall music kept my elderly parents awake.","宴会厅的音乐已经连续三个晚上吵得我爸妈睡不着了。","宴會廳的音樂已經連續三個晚上吵得我爸媽睡不著了。"),
("environment.noise","urgent","assault","Drunk guests are fighting in the corridor outside our room, one man is bleeding on the floor.","我们房间外面的走廊有喝醉的客人在打架，有个男的倒在地上流血。","我們房間外面的走廊有喝醉的客人在打架，有個男的倒在地上流血。"),
# ---- facilities.room_facilities
("facilities.room_facilities","moderate","","No hot water in the shower since yesterday evening.","从昨天晚上开始淋浴就没有热水了。","從昨天晚上開始淋浴就沒有熱水了。"),
("facilities.room_facilities","minor","","The curtain does not close fully so light comes in early.","窗帘拉不严，早上很早就透光进来。","窗簾拉不緊，早上很早就透光進來。"),
("facilities.room_facilities","moderate","","The toilet keeps running and now it is blocked.","马桶一直漏水，现在又堵住了。","馬桶一直漏水，現在又堵住了。"),
("facilities.room_facilities","serious","","The balcony railing is loose and wobbles when you lean on it, we have small children.","阳台栏杆是松的，一靠就晃，我们带着小孩。","陽台欄杆是鬆的，一靠就晃，我們帶著小孩。"),
("facilities.room_facilities","serious","","Our door lock is broken and the door does not close, we cannot leave our things.","房门锁坏了，门关不上，我们的东西都不敢放在房间。","房門鎖壞了，門關不上，我們的東西都不敢放在房間。"),
("facilities.room_facilities","minor","","One of the wardrobe doors is off its hinge.","衣柜有一扇门脱轨了。","衣櫃有一扇門脫落了。"),
("facilities.room_facilities","moderate","","The wifi keeps dropping in the room and I have to work tonight.","房间的无线网一直断，我今晚还要工作。","房間的無線網路一直斷，我今晚還要工作。"),
("facilities.room_facilities","minor","","The shower head is weak, more of a trickle.","花洒水很小，跟滴水差不多。","蓮蓬頭水很小，跟滴水差不多。"),
("facilities.room_facilities","urgent","trapped","We are stuck in the lift between the 8th and 9th floor with an old lady, the alarm button does nothing.","我们被困在八楼和九楼之间的电梯里，还有一位老太太，按警铃也没反应。","我們被困在八樓和九樓之間的電梯裡，還有一位老太太，按警鈴也沒反應。"),
("facilities.room_facilities","urgent","flooding","Water is pouring through the ceiling of our bathroom and the floor is flooded.","浴室天花板一直往下灌水，地上都淹了。","浴室天花板一直往下灌水，地上都淹了。"),
("facilities.room_facilities","urgent","gas","There is a strong smell of gas in the corridor on the 5th floor.","五楼走廊有很浓的煤气味。","五樓走廊有很濃的瓦斯味。"),
("facilities.room_facilities","urgent","fire","Thick smoke is coming out of the vent in our room and the corridor is smoky.","房间的通风口在冒浓烟，走廊里也都是烟。","房間的通風口在冒濃煙，走廊裡也都是煙。"),
("facilities.room_facilities","urgent","electrical","There are bare wires hanging out of the bathroom wall right next to the shower.","浴室墙上有裸露的电线挂出来，就在淋浴旁边。","浴室牆上有裸露的電線掛出來，就在淋浴旁邊。"),
("facilities.room_facilities","urgent","injury","The glass shower door shattered and my wife cut her foot badly, lots of blood.","淋浴间的玻璃门突然爆裂，我太太的脚被割伤了，流了很多血。","淋浴間的玻璃門突然爆裂，我太太的腳被割傷了，流了很多血。"),
]
CORES += [
# ---- facilities.appliances
("facilities.appliances","moderate","","The air conditioner is blowing warm air and the room is 29 degrees.","空调吹的是热风，房间里有二十九度。","冷氣吹的是熱風，房間裡有二十九度。"),
("facilities.appliances","minor","","The TV remote does not work, probably the batteries.","电视遥控器不好用，可能是没电了。","電視遙控器不能用，可能是沒電了。"),
("facilities.appliances","minor","","The kettle is very slow and makes a strange noise.","烧水壶烧得很慢，还有怪声。","熱水壺燒得很慢，還有怪聲。"),
("facilities.appliances","moderate","","The fridge in the room is not cooling, our milk for the baby went off.","房间冰箱不制冷，给宝宝准备的牛奶都坏了。","房間冰箱不冷，給寶寶準備的牛奶都壞了。"),
("facilities.appliances","moderate","","The heating does not come on at all and it is freezing at night.","暖气根本打不开，晚上冷得要命。","暖氣根本開不了，晚上冷得要命。"),
("facilities.appliances","minor","","The hair dryer is weak, takes ages to dry my hair.","吹风机风太小了，吹半天头发都不干。","吹風機風太小了，吹半天頭髮都不乾。"),
("facilities.appliances","moderate","","The safe in the room will not open and our passports are inside, we fly tomorrow.","房间保险箱打不开，护照锁在里面，我们明天就要坐飞机。","房間保險箱打不開，護照鎖在裡面，我們明天就要搭飛機。"),
("facilities.appliances","minor","","The coffee machine in the room leaks a little.","房间的咖啡机有点漏水。","房間的咖啡機有點漏水。"),
("facilities.appliances","serious","","The iron overheats and scorched the board, it feels like it could catch something.","熨斗过热，把熨衣板都烫焦了，感觉很危险。","熨斗過熱，把燙衣板都燙焦了，感覺很危險。"),
("facilities.appliances","urgent","electrical","The power socket next to the bed is smoking and there is a burning smell.","床边的插座在冒烟，还有一股烧焦的味道。","床邊的插座在冒煙，還有一股燒焦的味道。"),
("facilities.appliances","urgent","electrical","I got an electric shock from the kettle, my hand is still numb.","我被烧水壶电了一下，手到现在还是麻的。","我被熱水壺電了一下，手到現在還是麻的。"),
("facilities.appliances","urgent","fire","The hair dryer burst into flames while my daughter was using it.","我女儿在用吹风机的时候，吹风机突然起火了。","我女兒在用吹風機的時候，吹風機突然起火了。"),
("facilities.appliances","urgent","electrical","Sparks are coming out of the air conditioner and the lights keep flickering.","空调一直在冒火花，灯也一闪一闪的。","冷氣一直在冒火花，燈也一閃一閃的。"),
# ---- facilities.gym
("facilities.gym","minor","","Two of the treadmills have out of order signs.","健身房有两台跑步机挂着故障的牌子。","健身房有兩台跑步機掛著故障的牌子。"),
("facilities.gym","moderate","","The gym is advertised as 24 hours but it was locked at 6am.","说好健身房二十四小时开放，早上六点却锁着门。","說好健身房二十四小時開放，早上六點卻鎖著門。"),
("facilities.gym","minor","","No clean towels in the fitness room and the water dispenser is empty.","健身房没有干净毛巾，饮水机也空了。","健身房沒有乾淨毛巾，飲水機也空了。"),
("facilities.gym","serious","","The cable on the rowing machine is frayed, it looks like it will snap.","划船机的钢缆已经磨损了，看起来随时会断。","划船機的鋼纜已經磨損了，看起來隨時會斷。"),
("facilities.gym","moderate","","The air con in the gym is broken, it is like a sauna in there.","健身房的空调坏了，里面热得像桑拿。","健身房的冷氣壞了，裡面熱得像三溫暖。"),
("facilities.gym","minor","","The dumbbells are not in order and some are missing.","哑铃摆得乱七八糟，还少了几个。","啞鈴擺得亂七八糟，還少了幾個。"),
("facilities.gym","serious","","The treadmill belt suddenly jerked and nearly threw me off, the emergency stop does not work.","跑步机的跑带突然卡了一下差点把我甩出去，紧急停止按钮也不管用。","跑步機的跑帶突然卡了一下差點把我甩出去，緊急停止按鈕也沒用。"),
("facilities.gym","moderate","","The bench press rack has a bent safety bar.","卧推架的保护杆是弯的。","臥推架的保護桿是彎的。"),
("facilities.gym","minor","","The TV screens on the bikes do not turn on.","动感单车上的电视屏幕开不了。","飛輪車上的電視螢幕打不開。"),
("facilities.gym","urgent","injury","A weight plate fell off the machine onto my foot, I think my toe is broken and it is bleeding.","器械上的杠铃片掉下来砸到我的脚，脚趾好像骨折了，还在流血。","器材上的槓片掉下來砸到我的腳，腳趾好像骨折了，還在流血。"),
("facilities.gym","urgent","medical","A man collapsed on the treadmill in the gym and is not responding, call an ambulance.","健身房有个男的在跑步机上晕倒了，叫他也没反应，快叫救护车。","健身房有個男的在跑步機上昏倒了，叫他也沒反應，快叫救護車。"),
# ---- fnb.dish_quality
("fnb.dish_quality","minor","","The soup was lukewarm when it arrived.","汤端上来的时候是温的。","湯端上來的時候是溫的。"),
("fnb.dish_quality","moderate","","My steak was ordered medium rare and came out grey and tough as leather.","我点的是三分熟牛排，上来全熟了，硬得像皮鞋。","我點的是三分熟牛排，上來全熟了，硬得像皮鞋。"),
("fnb.dish_quality","minor","","Breakfast buffet ran out of eggs and croissants by 9am.","早餐自助九点就没有鸡蛋和牛角包了。","早餐自助餐九點就沒有蛋和可頌了。"),
("fnb.dish_quality","moderate","","The dim sum tasted like it was reheated from yesterday, the skins were hard.","点心吃起来像是昨天剩下热过的，皮都硬了。","點心吃起來像是昨天剩下熱過的，皮都硬了。"),
("fnb.dish_quality","minor","","The coffee at breakfast is weak and bitter.","早餐的咖啡又淡又苦。","早餐的咖啡又淡又苦。"),
("fnb.dish_quality","moderate","","The fish was so salty we could not eat it, and they still charged full price.","鱼咸得根本没法吃，还照样收全价。","魚鹹得根本沒辦法吃，還照樣收全價。"),
("fnb.dish_quality","minor","","The portion of noodles was tiny for the price.","这个价钱面的分量太少了。","這個價錢麵的份量太少了。"),
("fnb.dish_quality","moderate","","Half the dishes on the room service menu were unavailable and what came was cold.","客房送餐菜单上一半的菜都没有，送来的还是凉的。","客房送餐菜單上一半的菜都沒有，送來的還是冷的。"),
("fnb.dish_quality","serious","","There was a piece of broken glass in my salad, I nearly swallowed it.","我的沙拉里有一块碎玻璃，差点吞下去。","我的沙拉裡有一塊碎玻璃，差點吞下去。"),
("fnb.dish_quality","minor","","The birthday cake we ordered had the wrong name on it.","我们订的生日蛋糕上名字写错了。","我們訂的生日蛋糕上名字寫錯了。"),
("fnb.dish_quality","moderate","","The wine we ordered was corked and the sommelier insisted it was fine.","我们点的红酒有木塞味，侍酒师还坚持说没问题。","我們點的紅酒有軟木塞味，侍酒師還堅持說沒問題。"),
# ---- fnb.food_hygiene
("fnb.food_hygiene","serious","","After the seafood buffet last night my husband and I had diarrhoea and vomiting all night.","昨晚吃了海鲜自助之后，我和我先生上吐下泻了一整夜。","昨晚吃了海鮮自助餐之後，我和我先生上吐下瀉了一整夜。"),
("fnb.food_hygiene","moderate","","I found a hair baked into my bread roll.","我的面包里烤进去一根头发。","我的麵包裡烤進去一根頭髮。"),
("fnb.food_hygiene","serious","","The chicken was pink and raw inside, my son already ate half of it.","鸡肉里面还是粉红色生的，我儿子已经吃了一半。","雞肉裡面還是粉紅色生的，我兒子已經吃了一半。"),
("fnb.food_hygiene","moderate","","There was a fly in my soup.","我的汤里有一只苍蝇。","我的湯裡有一隻蒼蠅。"),
("fnb.food_hygiene","moderate","","The yoghurt at the buffet was past its date and tasted sour.","自助餐的酸奶过期了，吃起来是酸臭的。","自助餐的優格過期了，吃起來是酸臭的。"),
("fnb.food_hygiene","minor","","The cutlery on our table had dried food on it.","我们桌上的餐具还有干掉的食物残渣。","我們桌上的餐具還有乾掉的食物殘渣。"),
("fnb.food_hygiene","serious","","I saw a rat running in the restaurant near the buffet counter.","我看到餐厅自助餐台旁边有老鼠在跑。","我看到餐廳自助餐檯旁邊有老鼠在跑。"),
("fnb.food_hygiene","minor","","The cook at the egg station was not wearing gloves or a hair net.","煎蛋台的厨师没戴手套也没戴发网。","煎蛋台的廚師沒戴手套也沒戴髮網。"),
("fnb.food_hygiene","moderate","","The milk in the minibar was curdled.","迷你吧里的牛奶已经结块变质了。","迷你吧裡的牛奶已經結塊變質了。"),
("fnb.food_hygiene","serious","","Three people in our group have stomach cramps and fever since lunch at your restaurant.","我们团里有三个人在你们餐厅吃了午饭后肚子绞痛还发烧。","我們團裡有三個人在你們餐廳吃了午餐後肚子絞痛還發燒。"),
("fnb.food_hygiene","urgent","medical","I told the waiter my son is allergic to peanuts, the sauce had peanuts and now his lips and throat are swelling.","我跟服务员说过我儿子对花生过敏，结果酱里有花生，现在他嘴唇和喉咙都肿起来了。","我跟服務生說過我兒子對花生過敏，結果醬裡有花生，現在他嘴唇和喉嚨都腫起來了。"),
("fnb.food_hygiene","urgent","medical","My wife is having an allergic reaction after the shrimp at dinner and can hardly breathe.","我太太晚饭吃了虾之后过敏反应，现在快喘不过气了。","我太太晚餐吃了蝦之後過敏反應，現在快喘不過氣了。"),
("fnb.food_hygiene","urgent","fire","There is smoke and fire coming from the restaurant kitchen, people are running out.","餐厅厨房着火了，冒出很多烟，大家都在往外跑。","餐廳廚房著火了，冒出很多煙，大家都在往外跑。"),
("fnb.food_hygiene","urgent","gas","The restaurant smells strongly of gas near the kitchen door.","餐厅厨房门口有很重的燃气味。","餐廳廚房門口有很重的瓦斯味。"),
]
CORES += [
# ---- service.attitude (more)
("service.attitude","moderate","","Your front desk agent Kevin was sarcastic and told me to read my booking before bothering him.","前台的小王说话阴阳怪气，让我先看清楚订单再来烦他。","櫃檯的小王講話酸溜溜的，叫我先看清楚訂單再來煩他。"),
("service.attitude","minor","","The pool attendant was on his phone the whole time and barely looked at us.","泳池的服务员一直在玩手机，几乎不看我们一眼。","泳池的服務員一直在滑手機，幾乎不看我們一眼。"),
("service.attitude","moderate","","The restaurant hostess refused to seat us because we were in shorts and was really snobby about it.","餐厅领位因为我们穿短裤不让进，还一副瞧不起人的样子。","餐廳帶位因為我們穿短褲不讓進，還一副瞧不起人的樣子。"),
("service.attitude","minor","","Nobody said thank you or goodbye at checkout, felt a bit unwelcome.","退房时没人说谢谢也没人说再见，感觉有点不受欢迎。","退房時沒人說謝謝也沒人說再見，感覺有點不受歡迎。"),
("service.attitude","moderate","","The duty manager argued with me in front of my clients instead of listening.","值班经理不听我说，反而当着我客户的面跟我争。","值班經理不聽我說，反而當著我客戶的面跟我爭。"),
("service.attitude","serious","","The housekeeper swore at my elderly mother and slammed the door in her face.","客房服务员骂了我年迈的母亲，还当着她的面摔门。","房務員罵了我年邁的母親，還當著她的面甩門。"),
("service.attitude","minor","","The spa receptionist seemed bored and uninterested when I asked about treatments.","问水疗项目的时候，前台看起来很无聊，爱答不理的。","問SPA療程的時候，櫃檯看起來很無聊，愛理不理的。"),
("service.attitude","moderate","","When my card was declined the cashier announced it loudly so everyone in the queue heard.","我的卡刷不过，收银员大声说出来，排队的人全听到了。","我的卡刷不過，收銀員大聲說出來，排隊的人全聽到了。"),
("service.attitude","moderate","","The driver of the hotel shuttle was grumpy and refused to help with our heavy bags.","酒店接驳车的司机脸很臭，不肯帮我们搬重行李。","飯店接駁車的司機臉很臭，不肯幫我們搬重行李。"),
("service.attitude","minor","","Staff kept speaking among themselves in the corridor instead of helping guests.","员工在走廊里只顾自己聊天，不管客人。","員工在走廊只顧自己聊天，不管客人。"),
("service.attitude","serious","","The bar manager threatened to throw us out and called us names because we asked for the bill to be checked.","我们只是要求核对账单，酒吧经理就骂我们，还威胁要把我们赶出去。","我們只是要求核對帳單，酒吧經理就罵我們，還威脅要把我們趕出去。"),
("service.attitude","moderate","","Honestly the staff seem to treat Chinese guests worse than others, we were ignored at the bar.","说实话，员工对中国客人的态度明显比对别人差，我们在酒吧一直被晾着。","說實話，員工對華人客人的態度明顯比對別人差，我們在酒吧一直被晾著。"),
# ---- service.efficiency (more)
("service.efficiency","moderate","","Forty-five minutes for two club sandwiches from room service, and we were told twenty.","客房送餐两份三明治等了四十五分钟，说好的是二十分钟。","客房送餐兩份三明治等了四十五分鐘，說好的是二十分鐘。"),
("service.efficiency","minor","","The valet took quite a while to bring our car round.","代客泊车取车等了挺久的。","代客泊車取車等了蠻久的。"),
("service.efficiency","moderate","","I reported the broken shower this morning and nobody has come yet, it is now evening.","早上就报修了淋浴，现在都晚上了还没人来。","早上就報修了淋浴，現在都晚上了還沒人來。"),
("service.efficiency","minor","","Emails to the reservations team take days to get an answer.","发邮件给预订部，要好几天才回复。","寄信給訂房部，要好幾天才回覆。"),
("service.efficiency","moderate","","Our luggage sat at the bell desk for two hours before it reached the room.","我们的行李在礼宾台放了两个小时才送到房间。","我們的行李在行李櫃檯放了兩個小時才送到房間。"),
("service.efficiency","minor","","The bill at the bar took a long time to come.","在酒吧买单等了很久。","在酒吧買單等了很久。"),
("service.efficiency","moderate","","We had to chase three times for the late checkout we were promised.","说好的延迟退房，我们追问了三次才落实。","說好的延遲退房，我們追問了三次才搞定。"),
("service.efficiency","minor","","Housekeeping came to clean only at 4pm, we were waiting to take a nap.","客房下午四点才来打扫，我们一直等着想午睡。","房務下午四點才來打掃，我們一直等著想午睡。"),
("service.efficiency","moderate","","The taxi we asked the concierge to order never came and we missed the start of the concert.","让礼宾部叫的出租车一直没来，我们错过了音乐会开场。","請禮賓部叫的計程車一直沒來，我們錯過了音樂會開場。"),
("service.efficiency","minor","","Table was ready fifteen minutes after our booking time.","订好的位子晚了十五分钟才准备好。","訂好的位子晚了十五分鐘才準備好。"),
("service.efficiency","serious","","We called for a wheelchair for my disabled father an hour ago and he is still stranded in the car park.","一个小时前就打电话要轮椅给我残疾的父亲，他到现在还困在停车场上不来。","一個小時前就打電話要輪椅給我行動不便的父親，他到現在還卡在停車場上不來。"),
# ---- service.skill (more)
("service.skill","moderate","","The front desk could not explain the extra city tax on the bill and kept giving different answers.","账单上多了一笔城市税，前台解释不清楚，每次说法都不一样。","帳單上多了一筆城市稅，櫃檯解釋不清楚，每次說法都不一樣。"),
("service.skill","minor","","The concierge spelled my name wrong on the restaurant booking.","礼宾部订餐厅时把我的名字拼错了。","禮賓部訂餐廳時把我的名字拼錯了。"),
("service.skill","moderate","","My dry cleaning came back with a different shirt, mine is lost.","送洗回来的是别人的衬衫，我的不见了。","送洗回來的是別人的襯衫，我的不見了。"),
("service.skill","moderate","","The receptionist could not issue a proper invoice for my company, I need it for expenses.","前台开不出我公司要的正规发票，我要拿去报销的。","櫃檯開不出我公司要的正式發票，我要拿去報帳的。"),
("service.skill","minor","","The tour the concierge booked was for the wrong day, we sorted it ourselves.","礼宾部帮我们订的一日游日期订错了，我们自己改好了。","禮賓部幫我們訂的一日遊日期訂錯了，我們自己改好了。"),
("service.skill","moderate","","Our pre-paid booking was charged again on my credit card at check-in.","我们已经预付了房费，入住时又在信用卡上扣了一次。","我們已經預付了房費，入住時又在信用卡上扣了一次。"),
("service.skill","moderate","","The waiter did not know which dishes contain gluten and just guessed.","服务员不知道哪些菜含麸质，只是随便猜。","服務生不知道哪些菜含麩質，只是隨便猜。"),
("service.skill","minor","","They gave us a map with the wrong way to the metro station.","给我们的地图把去地铁站的路标错了。","給我們的地圖把去捷運站的路標錯了。"),
("service.skill","moderate","","The booking for our connecting rooms was not passed on, the kids ended up on another floor.","我们订的连通房没有交接好，孩子被安排到了别的楼层。","我們訂的連通房沒有交接好，小孩被排到了別的樓層。"),
("service.skill","serious","","Reception told a caller which room I am in, now my ex-husband is knocking on the door.","前台把我的房号告诉了打电话来的人，现在我前夫在敲我的门。","櫃檯把我的房號告訴了打電話來的人，現在我前夫在敲我的門。"),
("service.skill","urgent","theft","My wallet was taken from my bag at the pool bar, I saw someone run off with it.","我在泳池吧的时候钱包被人从包里偷走了，我看到有人拿着跑了。","我在泳池吧的時候錢包被人從包裡偷走了，我看到有人拿著跑了。"),
("service.skill","minor","","The newspaper I ordered was in German instead of English.","我订的报纸送来的是德文的，不是英文的。","我訂的報紙送來的是德文的，不是英文的。"),
]
CORES += [
# ---- environment.cleanliness (more)
("environment.cleanliness","moderate","","The bathroom floor was sticky and there was pee around the toilet.","卫生间地板黏黏的，马桶周围还有尿渍。","浴室地板黏黏的，馬桶周圍還有尿漬。"),
("environment.cleanliness","minor","","Crumbs on the sofa from the previous guest.","沙发上还有上一位客人留下的饼干屑。","沙發上還有上一位客人留下的餅乾屑。"),
("environment.cleanliness","moderate","","The carpet is stained and smells damp and musty.","地毯上都是污渍，还有一股潮湿的霉味。","地毯上都是污漬，還有一股潮濕的霉味。"),
("environment.cleanliness","minor","","The mirror was smeared with fingerprints.","镜子上全是手指印。","鏡子上都是手印。"),
("environment.cleanliness","moderate","","Ants are crawling all over the desk and into our snacks.","桌子上爬满了蚂蚁，零食里都是。","桌上爬滿了螞蟻，零食裡都是。"),
("environment.cleanliness","serious","","The bedding was obviously not changed, there are someone else's pubic hairs and a used condom under the pillow.","床单明显没换，枕头下面还有别人的毛发和用过的避孕套。","床單明顯沒換，枕頭下面還有別人的毛髮和用過的保險套。"),
("environment.cleanliness","minor","","The bath mat looked grey and worn.","浴室脚垫发灰了，看起来很旧。","浴室腳踏墊發灰了，看起來很舊。"),
("environment.cleanliness","moderate","","The corridor smells like a sewer, it gets into the room.","走廊一股下水道的臭味，都飘进房间里了。","走廊一股水溝的臭味，都飄進房間裡了。"),
("environment.cleanliness","moderate","","The kids' pool had leaves and dead insects floating in it all day.","儿童池里一整天都漂着树叶和死虫子。","兒童池裡一整天都漂著樹葉和死蟲子。"),
("environment.cleanliness","serious","","My daughter's skin broke out in a rash after the pool, the water smelled strongly of chemicals and was green.","我女儿游泳后皮肤起了一片疹子，池水发绿，消毒水味很重。","我女兒游泳後皮膚起了一片疹子，池水發綠，消毒水味很重。"),
("environment.cleanliness","minor","","There is a bit of limescale on the shower glass.","淋浴玻璃上有点水垢。","淋浴玻璃上有點水垢。"),
("environment.cleanliness","moderate","","The toilet had not been flushed when we checked in, disgusting.","我们入住的时候马桶都没冲，太恶心了。","我們入住的時候馬桶都沒沖，太噁心了。"),
("environment.cleanliness","minor","","The bathrobe had a small coffee mark.","浴袍上有一小块咖啡渍。","浴袍上有一小塊咖啡漬。"),
# ---- environment.noise (more)
("environment.noise","moderate","","The couple upstairs were stomping and moving furniture until 2am.","楼上那对夫妻跺脚、拖家具，一直弄到凌晨两点。","樓上那對夫妻跺腳、拖家具，一直弄到凌晨兩點。"),
("environment.noise","minor","","Church bells nearby ring early in the morning.","附近教堂的钟一大早就响。","附近教堂的鐘一大早就響。"),
("environment.noise","moderate","","A wedding reception on the terrace had fireworks and a DJ until after midnight.","露台上的婚宴放烟花还请了DJ，一直闹到半夜以后。","露台上的婚宴放煙火還請了DJ，一直鬧到半夜以後。"),
("environment.noise","minor","","The minibar fridge makes a clicking sound.","迷你吧冰箱一直咔哒咔哒响。","迷你吧冰箱一直喀答喀答響。"),
("environment.noise","moderate","","The man in the next room snores so loudly we could not sleep at all.","隔壁的男的打呼噜声音大得我们整晚都没睡着。","隔壁的男生打呼聲音大到我們整晚都沒睡著。"),
("environment.noise","minor","","The pipes gurgle whenever someone upstairs uses the shower.","楼上一洗澡，水管就咕噜咕噜响。","樓上一洗澡，水管就咕嚕咕嚕響。"),
("environment.noise","moderate","","A group of teenagers has been shouting and playing loud music by the pool at night.","一群年轻人晚上在泳池边大喊大叫，还放很大声的音乐。","一群年輕人晚上在泳池邊大吼大叫，還放很大聲的音樂。"),
("environment.noise","minor","","Hallway door slams every time someone goes by.","每次有人经过，走廊的门就砰地一声关上。","每次有人經過，走廊的門就砰一聲關上。"),
("environment.noise","moderate","","The kitchen exhaust fan under our window roars from 6am to midnight.","窗户下面厨房的排风扇从早上六点轰到半夜。","窗戶下面廚房的抽風機從早上六點轟到半夜。"),
("environment.noise","serious","","The noise from the construction site next door is so loud that my newborn cannot sleep and keeps crying, and dust is coming in.","隔壁工地太吵了，我刚出生的宝宝根本睡不着，一直哭，灰尘还飘进来。","隔壁工地太吵了，我剛出生的寶寶根本睡不著，一直哭，灰塵還飄進來。"),
("environment.noise","minor","","We could hear people talking in the corridor late at night.","深夜能听到走廊有人说话。","深夜聽得到走廊有人講話。"),
("environment.noise","urgent","assault","I can hear a woman screaming for help in the room next door and a man hitting her.","我听到隔壁房间有女人在喊救命，还有男的在打她。","我聽到隔壁房間有女生在喊救命，還有男的在打她。"),
]
CORES += [
# ---- facilities.room_facilities (more)
("facilities.room_facilities","moderate","","The key card stops working every few hours and I have to go down to reception again.","房卡每隔几个小时就失灵，我又得下楼去前台。","房卡每隔幾個小時就失靈，我又得下樓去櫃檯。"),
("facilities.room_facilities","minor","","The bedside lamp bulb is out.","床头灯的灯泡坏了。","床頭燈的燈泡壞了。"),
("facilities.room_facilities","moderate","","The sink drain is blocked and the basin fills with dirty water.","洗手池下水堵了，池子里全是脏水。","洗手台排水堵住了，台子裡都是髒水。"),
("facilities.room_facilities","minor","","The bed creaks every time we move.","床一动就吱吱响。","床一動就嘎吱嘎吱響。"),
("facilities.room_facilities","moderate","","The window does not lock and we are on the ground floor.","窗户锁不上，我们住的还是一楼。","窗戶鎖不起來，我們住的還是一樓。"),
("facilities.room_facilities","serious","","The bathroom floor tiles are cracked with sharp edges sticking up, my son almost cut his foot.","浴室地砖裂了，翘起来的边很锋利，我儿子差点割到脚。","浴室地磚裂了，翹起來的邊很利，我兒子差點割到腳。"),
("facilities.room_facilities","minor","","The safe's display is hard to read and the mini fan in the bathroom is weak.","保险箱的显示屏看不清楚，浴室的排气扇也不太转。","保險箱的螢幕看不清楚，浴室的抽風扇也不太轉。"),
("facilities.room_facilities","moderate","","The mattress is sagging in the middle and my back hurts after two nights.","床垫中间塌下去了，睡了两晚腰都疼。","床墊中間塌下去了，睡了兩晚腰都痛。"),
("facilities.room_facilities","moderate","","The lift to our wing has been out of service for two days and we have a pram.","去我们那一侧的电梯已经停了两天了，我们还推着婴儿车。","去我們那一側的電梯已經停了兩天了，我們還推著嬰兒車。"),
("facilities.room_facilities","minor","","The towel rail is loose.","毛巾架松了。","毛巾架鬆了。"),
("facilities.room_facilities","serious","","A heavy mirror came off the wall in the night and smashed next to the bed.","半夜一面很重的镜子从墙上掉下来，砸在床边碎了。","半夜一面很重的鏡子從牆上掉下來，砸在床邊碎了。"),
("facilities.room_facilities","urgent","trapped","My kids are locked in the sauna, the door handle broke and they cannot open it.","我的孩子被关在桑拿房里了，门把手坏了，他们打不开门。","我的小孩被關在三溫暖裡了，門把壞了，他們打不開門。"),
("facilities.room_facilities","urgent","flooding","The corridor is flooded, water is coming from under the door of the room opposite and spreading to the lifts.","走廊淹水了，水从对面房间门下面流出来，一直流到电梯口。","走廊淹水了，水從對面房間門底下流出來，一直流到電梯口。"),
("facilities.room_facilities","urgent","fire","The fire alarm is ringing and I can see smoke in the stairwell, what do we do.","火警铃在响，我看到楼梯间有烟，我们该怎么办。","火警鈴在響，我看到樓梯間有煙，我們該怎麼辦。"),
# ---- facilities.appliances (more)
("facilities.appliances","moderate","","The TV has no picture, only sound, and the channels list is empty.","电视只有声音没有画面，频道列表也是空的。","電視只有聲音沒有畫面，頻道列表也是空的。"),
("facilities.appliances","minor","","The bedside alarm clock shows the wrong time.","床头的闹钟时间不对。","床頭的鬧鐘時間不對。"),
("facilities.appliances","moderate","","The air conditioning drips water onto the bed.","空调一直往床上滴水。","冷氣一直往床上滴水。"),
("facilities.appliances","minor","","The USB ports next to the bed do not charge my phone.","床边的USB接口充不了手机。","床邊的USB孔充不了手機。"),
("facilities.appliances","moderate","","The heater in the room makes a loud rattling noise and then turns itself off.","房间暖气一直哐哐响，然后就自己关了。","房間暖氣一直匡匡響，然後就自己關了。"),
("facilities.appliances","minor","","The Nespresso machine has no capsules and the light keeps blinking.","咖啡机没有胶囊了，指示灯一直闪。","咖啡機沒有膠囊了，指示燈一直閃。"),
("facilities.appliances","moderate","","The washing machine in the suite ate our clothes and will not open.","套房的洗衣机把衣服锁在里面打不开了。","套房的洗衣機把衣服鎖在裡面打不開了。"),
("facilities.appliances","serious","","The electric heater in the kids' room gets so hot the plastic casing has started to melt.","孩子房间的电暖器烫得外壳都开始变形了。","小孩房間的電暖器燙到外殼都開始變形了。"),
("facilities.appliances","minor","","The bathroom fan rattles a little.","浴室的排气扇有点响。","浴室的抽風扇有點響。"),
("facilities.appliances","moderate","","The microwave in the apartment does not heat and we need it for baby food.","公寓里的微波炉不加热，我们要热宝宝的辅食。","公寓裡的微波爐不會熱，我們要熱寶寶的副食品。"),
("facilities.appliances","urgent","electrical","When I plugged in my charger there was a bang and a flash, now the wall is black around the socket.","我一插充电器就砰的一声冒了个火光，现在插座周围的墙都黑了。","我一插充電器就砰一聲冒出火光，現在插座周圍的牆都黑了。"),
("facilities.appliances","minor","","The TV only has a few English channels.","电视只有几个英文台。","電視只有幾個英文台。"),
# ---- facilities.gym (more)
("facilities.gym","moderate","","Half the machines in the gym are broken and the staff say parts are on order for weeks.","健身房一半的器械都坏了，员工说零件要等好几个星期。","健身房一半的器材都壞了，員工說零件要等好幾個禮拜。"),
("facilities.gym","minor","","The gym music is too loud and cannot be turned down.","健身房的音乐太大声了，还调不小。","健身房的音樂太大聲了，還不能調小。"),
("facilities.gym","minor","","The yoga mats in the gym are torn.","健身房的瑜伽垫都破了。","健身房的瑜伽墊都破了。"),
("facilities.gym","moderate","","The sauna does not heat up, it has been cold all week.","桑拿房一直热不起来，整个星期都是冷的。","三溫暖一直熱不起來，整個禮拜都是冷的。"),
("facilities.gym","serious","","The pull-up bar in the gym is coming away from the wall, the screws are loose.","健身房的引体向上杆快从墙上脱落了，螺丝都松了。","健身房的引體向上桿快從牆上脫落了，螺絲都鬆了。"),
("facilities.gym","minor","","The exercise bikes squeak.","健身车踩起来吱吱响。","健身車踩起來嘎嘎響。"),
("facilities.gym","moderate","","The gym lockers do not lock so we cannot leave our things.","健身房的储物柜锁不上，东西没法放。","健身房的置物櫃鎖不起來，東西沒辦法放。"),
("facilities.gym","moderate","","The showers in the fitness centre have no hot water.","健身中心的淋浴没有热水。","健身中心的淋浴沒有熱水。"),
("facilities.gym","serious","","The cable on the lat pulldown snapped while I was using it, the bar hit the bench next to my head.","我在用高位下拉的时候钢缆断了，杆子砸在我头旁边的凳子上。","我在用高位下拉的時候鋼纜斷了，桿子砸在我頭旁邊的椅子上。"),
("facilities.gym","minor","","The gym has no paper towels to wipe the machines.","健身房没有纸巾擦器械。","健身房沒有紙巾擦器材。"),
("facilities.gym","urgent","injury","My husband fell off the treadmill, he hit his head on the rack and is bleeding a lot.","我先生从跑步机上摔下来，头撞到架子上，流了很多血。","我先生從跑步機上摔下來，頭撞到架子，流了很多血。"),
("facilities.gym","urgent","medical","My father is in the steam room and says he has chest pain and cannot stand up.","我爸爸在蒸汽房里，说胸口痛，站都站不起来。","我爸爸在蒸氣室裡，說胸口痛，站都站不起來。"),
]
CORES += [
# ---- fnb.dish_quality (more)
("fnb.dish_quality","moderate","","The lobster was overcooked and rubbery for 680 dollars.","六百八一只的龙虾煮老了，嚼起来像橡皮。","六百八一隻的龍蝦煮過頭了，咬起來像橡皮。"),
("fnb.dish_quality","minor","","The bread at dinner was a bit dry.","晚餐的面包有点干。","晚餐的麵包有點乾。"),
("fnb.dish_quality","moderate","","The pasta was swimming in oil and the sauce tasted of nothing.","意大利面泡在油里，酱汁一点味道都没有。","義大利麵泡在油裡，醬汁一點味道都沒有。"),
("fnb.dish_quality","minor","","The fruit at breakfast was not very ripe.","早餐的水果不太熟。","早餐的水果不太熟。"),
("fnb.dish_quality","moderate","","They served the main course before we had finished the starter, and everything came at once.","前菜还没吃完主菜就上了，所有菜一股脑全上来。","前菜還沒吃完主菜就上了，所有菜一次全上來。"),
("fnb.dish_quality","minor","","The ice cream had melted by the time it reached our table.","冰淇淋端上桌的时候已经化了。","冰淇淋端上桌的時候已經融化了。"),
("fnb.dish_quality","moderate","","The Peking duck was dry and the skin was not crispy at all, we were very disappointed.","北京烤鸭很柴，皮一点都不脆，太失望了。","北京烤鴨很柴，皮一點都不脆，太失望了。"),
("fnb.dish_quality","minor","","The cocktail was mostly ice.","鸡尾酒里几乎都是冰块。","雞尾酒裡幾乎都是冰塊。"),
("fnb.dish_quality","moderate","","The kids' menu pizza was burnt black on the bottom.","儿童餐的披萨底都烤黑了。","兒童餐的披薩底都烤黑了。"),
("fnb.dish_quality","serious","","My vegetarian dish had pieces of pork in it, I do not eat meat for religious reasons.","我点的素菜里面有猪肉，我因为宗教原因是不吃肉的。","我點的素食裡面有豬肉，我因為宗教原因是不吃肉的。"),
("fnb.dish_quality","minor","","The tea was served with the bag left in too long, very bitter.","茶包泡太久了，很苦。","茶包泡太久了，很苦。"),
("fnb.dish_quality","moderate","","The congee at breakfast was watery and cold, and the refill took ages.","早餐的粥又稀又凉，添也添得很慢。","早餐的粥又稀又冷，補也補得很慢。"),
("fnb.dish_quality","serious","","A sharp fish bone was in the boneless fillet my child was eating, he started coughing.","说是无骨的鱼柳，我孩子吃的时候里面有根尖鱼刺，他一直咳。","說是無刺的魚排，我小孩吃的時候裡面有根尖魚刺，他一直咳。"),
# ---- fnb.food_hygiene (more)
("fnb.food_hygiene","moderate","","The sushi at the buffet was sitting warm in the sun for hours.","自助餐的寿司在太阳底下放了好几个小时，都是温的。","自助餐的壽司在太陽底下放了好幾個小時，都是溫的。"),
("fnb.food_hygiene","minor","","The water glass had a smudge and smelled of dishwater.","水杯上有污印，还有洗碗水的味道。","水杯上有污漬，還有洗碗水的味道。"),
("fnb.food_hygiene","moderate","","There was a small worm in the salad leaves.","沙拉的菜叶里有一条小虫。","沙拉的菜葉裡有一條小蟲。"),
("fnb.food_hygiene","serious","","The oysters smelled off and two of us have been throwing up since.","生蚝有股怪味，我们两个吃了以后一直吐。","生蠔有股怪味，我們兩個吃了以後一直吐。"),
("fnb.food_hygiene","moderate","","The bread at breakfast had green mould on the bottom.","早餐的面包底下长了绿毛。","早餐的麵包底下長了綠色的霉。"),
("fnb.food_hygiene","minor","","The waiter touched the rim of my glass with his fingers.","服务员的手指直接碰到了我的杯口。","服務生的手指直接碰到了我的杯口。"),
("fnb.food_hygiene","serious","","My child ate the chicken nuggets and now has a high fever and stomach pain, the inside was raw.","我孩子吃了鸡块后发高烧还肚子痛，鸡块里面是生的。","我小孩吃了雞塊後發高燒還肚子痛，雞塊裡面是生的。"),
("fnb.food_hygiene","moderate","","I found a piece of plastic wrap cooked into my omelette.","我的煎蛋卷里煎进去了一块保鲜膜。","我的歐姆蛋裡煎進去了一塊保鮮膜。"),
("fnb.food_hygiene","minor","","Flies were landing on the fruit at the breakfast buffet.","早餐自助的水果上有苍蝇飞来飞去。","早餐自助的水果上有蒼蠅飛來飛去。"),
("fnb.food_hygiene","moderate","","The juice from room service tasted fermented.","客房送来的果汁喝起来像发酵了。","客房送來的果汁喝起來像發酵了。"),
("fnb.food_hygiene","serious","","We asked for nut free because of my daughter's allergy and the dessert had almonds, luckily we noticed before she ate it.","因为我女儿过敏我们要了无坚果的，结果甜点里有杏仁，幸好吃之前发现了。","因為我女兒過敏我們要了無堅果的，結果甜點裡有杏仁，還好吃之前發現了。"),
("fnb.food_hygiene","urgent","medical","My husband ate the prawns, now his face is swollen and he has hives everywhere, he is struggling to breathe.","我先生吃了大虾，现在脸肿了，全身起疹子，呼吸困难。","我先生吃了大蝦，現在臉腫了，全身起疹子，呼吸困難。"),
("fnb.food_hygiene","urgent","medical","An old man at the next table is choking on his food and turning blue.","隔壁桌的老先生被食物噎住了，脸都发紫了。","隔壁桌的老先生被食物噎住了，臉都發紫了。"),
]
CORES += [
# ---- service.attitude
("service.attitude","moderate","","I asked politely for a later checkout and the supervisor said if I cannot follow rules I should stay somewhere else.","我客气地问能不能晚点退房，主管说不守规矩就去住别家。","我客氣地問能不能晚點退房，主管說不守規矩就去住別家。"),
("service.attitude","minor","","The young man at the desk was chewing gum while talking to us.","前台那个小伙子跟我们说话的时候还在嚼口香糖。","櫃檯那個年輕人跟我們講話的時候還在嚼口香糖。"),
("service.attitude","moderate","","The lobby staff pretended not to see me waving for help with the door and my wheelchair.","我坐着轮椅在门口招手求助，大堂员工假装没看见。","我坐著輪椅在門口招手求助，大廳員工假裝沒看到。"),
("service.attitude","minor","","The tone of the reservation agent on the phone was a little impatient.","订房电话里那位客服语气有点不耐烦。","訂房電話裡那位客服語氣有點不耐煩。"),
("service.attitude","moderate","","The manager blamed us for the broken lamp and spoke to us like criminals.","经理说台灯是我们弄坏的，跟我们说话像对犯人一样。","經理說檯燈是我們弄壞的，跟我們講話像對犯人一樣。"),
("service.attitude","serious","","A waiter made sexual comments about my daughter's body, she is sixteen.","一个服务员对我十六岁的女儿的身材说下流的话。","一個服務生對我十六歲的女兒的身材講下流的話。"),
("service.attitude","minor","","Nobody offered to help with the luggage when we arrived.","我们到的时候没人主动帮忙拿行李。","我們到的時候沒人主動幫忙拿行李。"),
("service.attitude","moderate","","Staff at the club lounge made it clear they did not want children there and kept staring at us.","行政酒廊的员工明摆着不欢迎小孩，一直盯着我们看。","行政酒廊的員工擺明不歡迎小孩，一直盯著我們看。"),
("service.attitude","moderate","","The reception staff talked about us in Cantonese thinking we would not understand, calling us cheap.","前台员工以为我们听不懂粤语，当着面说我们是穷鬼。","櫃檯員工以為我們聽不懂廣東話，當著面說我們是窮鬼。"),
("service.attitude","minor","","The breakfast host did not smile once, a bit gloomy.","早餐的领位员一次都没笑过，感觉有点阴沉。","早餐的帶位員一次都沒笑過，感覺有點陰沉。"),
("service.attitude","serious","","The security guard shoved my husband and insulted him when he came back late, we have witnesses.","我先生晚归，保安推了他还骂他，当时有人看到。","我先生晚歸，保全推了他還罵他，當時有人看到。"),
("service.attitude","moderate","","When I said the room was dirty the housekeeper told me people like me are never happy.","我说房间脏，客房员工说像我这种人永远都不会满意。","我說房間髒，房務員說像我這種人永遠都不會滿意。"),
# ---- service.efficiency
("service.efficiency","moderate","","It took the front desk two hours to reprogramme our key cards, we were stuck in the lobby.","前台重新做房卡花了两个小时，我们只能在大堂干等。","櫃檯重新做房卡花了兩個小時，我們只能在大廳乾等。"),
("service.efficiency","minor","","The restaurant bill took a while to be brought to the table.","餐厅的账单拿过来花了一些时间。","餐廳的帳單拿過來花了一點時間。"),
("service.efficiency","moderate","","My request for an iron has been ignored for the whole afternoon and I have a wedding to attend.","要熨斗要了一个下午都没人管，我还要去参加婚礼。","要熨斗要了一整個下午都沒人理，我還要去參加婚禮。"),
("service.efficiency","minor","","Breakfast tables were cleared slowly so we had to wait for a seat.","早餐收桌子很慢，我们要等座位。","早餐收桌子很慢，我們要等位子。"),
("service.efficiency","moderate","","The shuttle bus left ten minutes early and we were left behind at the mall.","接驳车提早十分钟开走了，把我们丢在商场。","接駁車提早十分鐘開走了，把我們丟在商場。"),
("service.efficiency","minor","","The spa confirmed my massage only after I emailed twice.","水疗中心我发了两次邮件才确认我的按摩预约。","SPA中心我寄了兩次信才確認我的按摩預約。"),
("service.efficiency","moderate","","The invoice I asked for at checkout still has not been emailed a week later.","退房时要的发票，一个星期了还没发到我邮箱。","退房時要的發票，一個禮拜了還沒寄到我信箱。"),
("service.efficiency","minor","","Room service forgot the ketchup and it took another fifteen minutes.","客房送餐忘了番茄酱，又等了十五分钟。","客房送餐忘了番茄醬，又等了十五分鐘。"),
("service.efficiency","moderate","","Our room change was promised for noon, at 6pm we are still packing and waiting.","说好中午换房，到傍晚六点我们还在收拾行李干等。","說好中午換房，到傍晚六點我們還在收行李乾等。"),
("service.efficiency","minor","","The elevator to the restaurant is slow at peak times and the staff did not guide us.","高峰时去餐厅的电梯要等很久，也没员工引导。","尖峰時間去餐廳的電梯要等很久，也沒員工引導。"),
("service.efficiency","serious","","I asked reception to call a doctor for my son's high fever two hours ago and nobody has come.","两个小时前我就请前台帮我儿子叫医生，他发高烧，到现在都没人来。","兩個小時前我就請櫃檯幫我兒子叫醫生，他發高燒，到現在都沒人來。"),
("service.efficiency","moderate","","We queued forty minutes at the breakfast entrance on a Sunday.","星期天早餐厅门口排了四十分钟的队。","星期天早餐廳門口排了四十分鐘的隊。"),
# ---- service.skill
("service.skill","moderate","","Reception cancelled my second night by mistake and gave the room away.","前台误把我第二晚取消了，还把房间卖给了别人。","櫃檯不小心把我第二晚取消了，還把房間賣給了別人。"),
("service.skill","minor","","The receipt shows the wrong company address.","收据上的公司地址写错了。","收據上的公司地址寫錯了。"),
("service.skill","moderate","","The concierge sent us to the wrong terminal and we nearly missed our flight.","礼宾员告诉我们错的航站楼，我们差点没赶上飞机。","禮賓員告訴我們錯的航廈，我們差點沒趕上飛機。"),
("service.skill","minor","","The waiter mixed up our drinks orders.","服务员把我们点的饮料弄混了。","服務生把我們點的飲料搞混了。"),
("service.skill","moderate","","The minibar was charged although we never opened it.","我们根本没开过迷你吧，却被收了迷你吧的钱。","我們根本沒開過迷你吧，卻被收了迷你吧的錢。"),
("service.skill","moderate","","The staff could not operate the card machine and charged my card three times.","员工不会用刷卡机，把我的卡刷了三次。","員工不會用刷卡機，把我的卡刷了三次。"),
("service.skill","minor","","They put the wrong date on our restaurant reservation, but there was still a table.","餐厅订位的日期写错了，不过还好还有位子。","餐廳訂位的日期寫錯了，不過還好還有位子。"),
("service.skill","serious","","Housekeeping left our door wide open after cleaning and my camera is gone.","客房打扫完把门大开着就走了，我的相机不见了。","房務打掃完把門大開著就走了，我的相機不見了。"),
("service.skill","moderate","","The spa therapist did not know how to do the treatment I booked and my neck hurts now.","按摩师根本不会我订的那个项目，现在我脖子很痛。","按摩師根本不會我訂的那個療程，現在我脖子很痛。"),
("service.skill","minor","","The concierge's restaurant booking was under the wrong time, we waited a little.","礼宾部订餐厅的时间订错了，我们等了一会儿。","禮賓部訂餐廳的時間訂錯了，我們等了一下。"),
("service.skill","serious","","Reception emailed my passport copy and credit card details to another guest.","前台把我的护照复印件和信用卡资料发给了另一位客人。","櫃檯把我的護照影本和信用卡資料寄給了另一位房客。"),
("service.skill","moderate","","Our booking said airport transfer included, but the staff knew nothing about it and charged us.","预订写着含接送机，员工却完全不知道，还收了我们钱。","訂房寫著含接送機，員工卻完全不知道，還收了我們錢。"),
]
CORES += [
# ---- environment.cleanliness
("environment.cleanliness","moderate","","Previous guest's rubbish was still in the drawers and under the bed.","抽屉里和床底下还有上一位客人留下的垃圾。","抽屜裡和床底下還有上一位客人留下的垃圾。"),
("environment.cleanliness","minor","","The window is a bit grimy so the view is not great.","窗户有点脏，看出去风景不太清楚。","窗戶有點髒，看出去風景不太清楚。"),
("environment.cleanliness","moderate","","The bathtub had a ring of grime and someone's nail clippings.","浴缸有一圈污垢，还有别人剪下来的指甲。","浴缸有一圈污垢，還有別人剪下來的指甲。"),
("environment.cleanliness","serious","","Our room is full of fleas, my legs are covered in red bites and itching.","房间里全是跳蚤，我腿上被咬得全是红包，痒死了。","房間裡都是跳蚤，我腿上被咬得都是紅包，癢死了。"),
("environment.cleanliness","minor","","The towels are clean but a bit rough and old.","毛巾是干净的，就是有点旧有点硬。","毛巾是乾淨的，就是有點舊有點硬。"),
("environment.cleanliness","moderate","","The pillowcases smell of someone else's sweat.","枕头套有一股别人的汗味。","枕頭套有一股別人的汗味。"),
("environment.cleanliness","moderate","","The lift smells of vomit and nobody has cleaned it since last night.","电梯里一股呕吐物的味道，从昨晚到现在都没人清理。","電梯裡一股嘔吐物的味道，從昨晚到現在都沒人清理。"),
("environment.cleanliness","minor","","Some cobwebs in the corners of the ceiling.","天花板角落有些蜘蛛网。","天花板角落有些蜘蛛網。"),
("environment.cleanliness","moderate","","The changing rooms at the pool are filthy with wet tissues everywhere.","泳池的更衣室很脏，到处是湿纸巾。","泳池的更衣室很髒，到處都是濕紙巾。"),
("environment.cleanliness","serious","","There is a dead mouse behind the wardrobe and the whole room stinks.","衣柜后面有一只死老鼠，整个房间都臭了。","衣櫃後面有一隻死老鼠，整個房間都臭了。"),
("environment.cleanliness","minor","","Housekeeping did not replace the toilet paper.","客房没有补卫生纸。","房務沒有補衛生紙。"),
("environment.cleanliness","moderate","","Dog hair all over the sofa and we are allergic, we booked a pet free room.","沙发上全是狗毛，我们订的是无宠物房，我们还过敏。","沙發上都是狗毛，我們訂的是無寵物房，我們還會過敏。"),
# ---- environment.noise
("environment.noise","moderate","","Every night around 1am the staff bring the laundry carts past our door banging and laughing.","每天半夜一点左右员工推布草车经过我们门口，又撞又笑。","每天半夜一點左右員工推布草車經過我們門口，又撞又笑。"),
("environment.noise","minor","","The ice machine near our room rumbles every now and then.","我们房间附近的制冰机时不时轰轰响。","我們房間附近的製冰機時不時轟轟響。"),
("environment.noise","moderate","","Someone has been practising the drums in the function room all afternoon.","有人在多功能厅打了一下午的鼓。","有人在多功能廳打了一下午的鼓。"),
("environment.noise","minor","","Seagulls on the roof wake us a bit early.","屋顶上的海鸥有点早就把我们吵醒了。","屋頂上的海鷗有點早就把我們吵醒了。"),
("environment.noise","moderate","","The bar downstairs had live music until 1am and the bass came through the floor.","楼下酒吧的现场音乐弄到凌晨一点，低音透过地板传上来。","樓下酒吧的現場音樂弄到凌晨一點，重低音從地板傳上來。"),
("environment.noise","minor","","A dog barked in the next room for a while.","隔壁房间的狗叫了一阵子。","隔壁房間的狗叫了一陣子。"),
("environment.noise","moderate","","The jackhammer outside started at 8am, I work night shifts and cannot rest at all.","外面早上八点就开始打电钻，我上夜班，根本没法休息。","外面早上八點就開始打電鑽，我上夜班，根本沒辦法休息。"),
("environment.noise","minor","","You can hear the traffic from the main road with the window closed.","窗户关着也能听到大马路的车声。","窗戶關著也聽得到大馬路的車聲。"),
("environment.noise","moderate","","The couple next door were arguing and yelling for hours, nobody from the hotel did anything.","隔壁那对夫妻吵架吵了好几个小时，酒店一个人都没来管。","隔壁那對夫妻吵架吵了好幾個小時，飯店一個人都沒來管。"),
("environment.noise","minor","","The toilet fan is noisy when on.","厕所排风扇一开就很吵。","廁所抽風扇一開就很吵。"),
("environment.noise","moderate","","A group in the corridor was singing karaoke from a speaker at 2am.","凌晨两点有一群人在走廊拿音箱唱卡拉OK。","凌晨兩點有一群人在走廊拿喇叭唱卡拉OK。"),
("environment.noise","serious","","The noise from the generator under our window is so loud my husband with a heart condition has not slept for two nights.","窗户下面发电机的噪音太大，我先生有心脏病，已经两晚没睡了。","窗戶下面發電機的噪音太大，我先生有心臟病，已經兩晚沒睡了。"),
]
CORES += [
# ---- facilities.room_facilities
("facilities.room_facilities","moderate","","The bathroom door will not close and the lock is missing.","卫生间的门关不上，锁也没有了。","浴室的門關不起來，鎖也不見了。"),
("facilities.room_facilities","minor","","The desk chair wobbles a little.","书桌的椅子有点晃。","書桌的椅子有點晃。"),
("facilities.room_facilities","moderate","","The shower drain overflows and floods the bathroom floor every time we shower.","每次洗澡淋浴的地漏都排不下去，水漫到整个卫生间地上。","每次洗澡排水孔都排不下去，水漫到整個浴室地上。"),
("facilities.room_facilities","minor","","The bathroom light takes a while to come on.","卫生间的灯要过一会儿才亮。","浴室的燈要過一下子才會亮。"),
("facilities.room_facilities","moderate","","There is no water pressure at all on the 20th floor this morning.","今天早上二十楼一点水压都没有。","今天早上二十樓一點水壓都沒有。"),
("facilities.room_facilities","serious","","The sliding balcony door came off its track and nearly fell on my daughter.","阳台的推拉门脱轨了，差点砸到我女儿。","陽台的拉門脫軌了，差點砸到我女兒。"),
("facilities.room_facilities","minor","","The blackout blind has a small tear.","遮光帘有个小破口。","遮光簾有個小破洞。"),
("facilities.room_facilities","moderate","","The connecting door to the next room does not lock on our side.","我们这边跟隔壁房间的连通门锁不上。","我們這邊跟隔壁房間的連通門鎖不起來。"),
("facilities.room_facilities","moderate","","Internet is so slow I cannot join my video meetings, I was told it would be fixed yesterday.","网速慢到开不了视频会议，昨天就说会修好的。","網路慢到開不了視訊會議，昨天就說會修好。"),
("facilities.room_facilities","serious","","The stair handrail on the way to the pool is broken and an old man nearly fell.","去泳池的楼梯扶手断了，一位老先生差点摔倒。","去泳池的樓梯扶手斷了，一位老先生差點跌倒。"),
("facilities.room_facilities","minor","","The hot water takes five minutes to come through.","热水要放五分钟才出来。","熱水要放五分鐘才出來。"),
("facilities.room_facilities","urgent","trapped","The lift doors will not open and there are four of us inside, one is a child who is panicking.","电梯门打不开，里面有我们四个人，有个小孩吓坏了。","電梯門打不開，裡面有我們四個人，有個小孩嚇壞了。"),
("facilities.room_facilities","urgent","flooding","A pipe burst in our room, water is everywhere and running into the socket by the desk.","我们房间的水管爆了，到处都是水，还流到了书桌边的插座。","我們房間的水管爆了，到處都是水，還流到了書桌旁邊的插座。"),
# ---- facilities.appliances
("facilities.appliances","moderate","","The air con makes a horrible grinding noise and smells musty when it runs.","空调一开就发出很难听的摩擦声，还有霉味。","冷氣一開就發出很難聽的摩擦聲，還有霉味。"),
("facilities.appliances","minor","","The kettle has limescale inside.","烧水壶里面有水垢。","熱水壺裡面有水垢。"),
("facilities.appliances","moderate","","The TV keeps switching itself on in the middle of the night at full volume.","电视半夜自己开机，声音还开到最大。","電視半夜自己開機，聲音還開到最大。"),
("facilities.appliances","minor","","The desk lamp flickers a bit.","台灯有点闪。","檯燈有點閃。"),
("facilities.appliances","moderate","","The room phone is dead so we cannot call reception.","房间电话没声音，没法打给前台。","房間電話沒聲音，沒辦法打給櫃檯。"),
("facilities.appliances","minor","","The fridge light is broken.","冰箱的灯坏了。","冰箱的燈壞了。"),
("facilities.appliances","moderate","","The thermostat is stuck at 16 degrees and we cannot change it.","温控器卡在十六度，调不了。","溫控器卡在十六度，調不了。"),
("facilities.appliances","minor","","The hair straightener provided does not heat up properly.","提供的直发夹热不起来。","提供的離子夾熱不起來。"),
("facilities.appliances","moderate","","The electronic safe is locked with our money inside and the code does not work.","电子保险箱锁住了，钱在里面，密码不管用。","電子保險箱鎖住了，錢在裡面，密碼沒用。"),
("facilities.appliances","serious","","The bathroom heater lamp exploded and glass fell into the bathtub.","浴室的浴霸灯炸了，玻璃掉进了浴缸里。","浴室的暖風燈炸了，玻璃掉進了浴缸裡。"),
("facilities.appliances","minor","","The TV menu is only in German.","电视菜单只有德文。","電視選單只有德文。"),
("facilities.appliances","urgent","electrical","The kettle cable is melted and there is a smell of burning plastic.","烧水壶的电线都熔化了，有一股烧塑料的味道。","熱水壺的電線都熔化了，有一股燒塑膠的味道。"),
# ---- facilities.gym
("facilities.gym","moderate","","The only squat rack has been broken since we arrived five days ago.","唯一的深蹲架从我们五天前到这里就坏着。","唯一的深蹲架從我們五天前到這裡就壞著。"),
("facilities.gym","minor","","The gym mirrors are smudged.","健身房的镜子脏兮兮的。","健身房的鏡子髒髒的。"),
("facilities.gym","moderate","","The treadmill display does not work so I cannot see speed or time.","跑步机的显示屏坏了，看不到速度和时间。","跑步機的螢幕壞了，看不到速度和時間。"),
("facilities.gym","minor","","Not enough light weights for beginners in the gym.","健身房给新手用的轻哑铃不够。","健身房給新手用的輕啞鈴不夠。"),
("facilities.gym","serious","","The climbing wall in the kids club has a loose hold that came off in my son's hand.","儿童俱乐部攀岩墙有个抓点松了，我儿子一抓就掉了。","兒童俱樂部攀岩牆有個岩點鬆了，我兒子一抓就掉了。"),
("facilities.gym","moderate","","The gym is closed for a private class every morning without notice.","健身房每天早上都被私教课包场，事先也不通知。","健身房每天早上都被私人課程包場，事先也不通知。"),
("facilities.gym","minor","","The spinning bike seat will not go low enough.","动感单车的座位调不低。","飛輪車的座墊調不低。"),
("facilities.gym","moderate","","The steam room in the fitness centre has been out of order all week.","健身中心的蒸汽房坏了一整个星期。","健身中心的蒸氣室壞了一整個禮拜。"),
("facilities.gym","serious","","A kettlebell handle cracked while I was swinging it, it could have hit someone.","我在甩壶铃的时候把手裂了，差点飞出去砸到人。","我在甩壺鈴的時候把手裂了，差點飛出去砸到人。"),
("facilities.gym","minor","","The gym water cooler has no cups.","健身房饮水机旁边没有杯子。","健身房飲水機旁邊沒有杯子。"),
("facilities.gym","urgent","injury","The treadmill would not stop and threw my daughter off, she has cut her chin open.","跑步机停不下来，把我女儿甩了出去，她下巴磕破了在流血。","跑步機停不下來，把我女兒甩出去，她下巴撞破了在流血。"),
]
CORES += [
# ---- fnb.dish_quality
("fnb.dish_quality","moderate","","The set menu for our anniversary was mediocre, the scallops were sandy and the sauce had split.","纪念日套餐很一般，扇贝里有沙，酱汁都油水分离了。","紀念日套餐很普通，干貝裡有沙，醬汁都油水分離了。"),
("fnb.dish_quality","minor","","The toast at breakfast was cold.","早餐的吐司是凉的。","早餐的吐司是冷的。"),
("fnb.dish_quality","moderate","","Our room service burger was raw in the middle and the fries were soggy.","客房送来的汉堡中间还是生的，薯条也软了。","客房送來的漢堡中間還是生的，薯條也軟了。"),
("fnb.dish_quality","minor","","The rice was slightly hard.","米饭有点硬。","飯有點硬。"),
("fnb.dish_quality","moderate","","The buffet dishes were empty most of the evening and never refilled.","自助餐的菜大部分时间都是空的，一直没补。","自助餐的菜大部分時間都是空的，一直沒補。"),
("fnb.dish_quality","minor","","The orange juice tastes like it is from concentrate.","橙汁喝起来像是浓缩还原的。","柳橙汁喝起來像是濃縮還原的。"),
("fnb.dish_quality","moderate","","The hotpot broth was bland and the meat was frozen solid in the middle.","火锅汤底没味道，肉中间还冻得硬邦邦的。","火鍋湯底沒味道，肉中間還冰得硬邦邦的。"),
("fnb.dish_quality","minor","","The milk for the coffee was a bit warm.","咖啡配的牛奶有点温。","咖啡配的牛奶有點溫。"),
("fnb.dish_quality","moderate","","We ordered the chef's tasting menu and three of the courses were missing.","我们点了主厨品尝菜单，结果少上了三道菜。","我們點了主廚品嚐菜單，結果少上了三道菜。"),
("fnb.dish_quality","serious","","The chilli dish was served to my son who told the waiter he cannot eat spicy food for medical reasons, he is in pain.","我儿子跟服务员说过他因为身体原因不能吃辣，还是给他上了辣菜，他现在很难受。","我兒子跟服務生說過他因為身體原因不能吃辣，還是給他上了辣的菜，他現在很不舒服。"),
("fnb.dish_quality","minor","","The wine by the glass was served too warm.","单杯红酒上来的时候有点温。","單杯紅酒上來的時候有點溫。"),
("fnb.dish_quality","moderate","","The roast beef at the carvery was grey and dry like cardboard.","烤肉台的烤牛肉发灰，干得像纸板。","烤肉台的烤牛肉灰灰的，乾得像紙板。"),
# ---- fnb.food_hygiene
("fnb.food_hygiene","moderate","","The ice in my drink had black bits in it.","我饮料里的冰块里有黑色的东西。","我飲料裡的冰塊裡有黑色的東西。"),
("fnb.food_hygiene","minor","","The napkin on the table had a stain.","桌上的餐巾有污渍。","桌上的餐巾有污漬。"),
("fnb.food_hygiene","serious","","Half of our tour group has diarrhoea since the welcome dinner yesterday.","我们旅行团一半的人从昨天的欢迎晚宴后就开始拉肚子。","我們旅行團一半的人從昨天的歡迎晚宴後就開始拉肚子。"),
("fnb.food_hygiene","moderate","","There was a long black hair stuck in the butter.","黄油里粘着一根长长的黑头发。","奶油裡黏著一根長長的黑頭髮。"),
("fnb.food_hygiene","moderate","","A cockroach crawled out from under the bread basket at dinner.","晚餐时一只蟑螂从面包篮下面爬出来。","晚餐時一隻蟑螂從麵包籃下面爬出來。"),
("fnb.food_hygiene","minor","","The buffet tongs were dropped on the floor and put back.","自助餐的夹子掉在地上又被放回去了。","自助餐的夾子掉到地上又被放回去了。"),
("fnb.food_hygiene","serious","","The eggs Benedict tasted off and I have had a terrible stomach ache and vomiting since breakfast.","班尼迪克蛋吃起来有怪味，早餐后我就一直胃痛还呕吐。","班尼迪克蛋吃起來怪怪的，早餐後我就一直胃痛還嘔吐。"),
("fnb.food_hygiene","moderate","","The cream in the cake was sour, it had obviously gone bad.","蛋糕里的奶油是酸的，明显已经坏了。","蛋糕裡的鮮奶油是酸的，明顯已經壞了。"),
("fnb.food_hygiene","minor","","The cook at the noodle station coughed over the pot.","面档的厨师对着锅咳嗽。","麵攤的廚師對著鍋子咳嗽。"),
("fnb.food_hygiene","serious","","The fish was served raw inside and my pregnant wife ate some.","鱼里面是生的，我怀孕的太太已经吃了一些。","魚裡面是生的，我懷孕的太太已經吃了一些。"),
("fnb.food_hygiene","moderate","","The room service tray had ants crawling over the fruit.","客房送来的餐盘上，水果上爬着蚂蚁。","客房送來的餐盤上，水果上爬著螞蟻。"),
("fnb.food_hygiene","urgent","medical","My daughter ate the cake, it had nuts after we were told it did not, she is wheezing and using her inhaler, it is not helping.","我女儿吃了说是不含坚果的蛋糕，结果有坚果，她现在喘得厉害，用了吸入器也没用。","我女兒吃了說是不含堅果的蛋糕，結果有堅果，她現在喘得很厲害，用了吸入器也沒用。"),
("fnb.food_hygiene","urgent","medical","After dinner my father fainted in the lobby and is vomiting, he is diabetic.","晚饭后我爸爸在大堂晕倒了，还在吐，他有糖尿病。","晚餐後我爸爸在大廳昏倒了，還在吐，他有糖尿病。"),
]
CORES += [
("service.attitude","minor","","Just a small thing, the bellman seemed a bit grumpy this morning.","小事一件，今天早上行李员看起来有点不高兴。","小事一件，今天早上行李員看起來有點不開心。"),
("service.attitude","moderate","","Your receptionist accused my son of stealing a towel in front of other guests, it was embarrassing.","前台当着其他客人的面说我儿子偷毛巾，太难堪了。","櫃檯當著其他客人的面說我兒子偷毛巾，太難堪了。"),
("service.attitude","moderate","","The staff member at the kids club shouted at the children and made my daughter cry.","儿童俱乐部的员工对孩子们大吼，把我女儿吓哭了。","兒童俱樂部的員工對小朋友大吼，把我女兒嚇哭了。"),
("service.attitude","minor","","The phone operator sounded a little rude but sorted my question.","总机接线员语气有点冲，不过问题还是帮我解决了。","總機接線員語氣有點衝，不過問題還是幫我處理了。"),
("service.attitude","serious","","The night auditor refused to let my pregnant wife sit down and told her to wait outside in the cold.","夜审不让我怀孕的太太坐下，还叫她到外面冷风里等。","夜間稽核不讓我懷孕的太太坐下，還叫她到外面冷風裡等。"),
("service.efficiency","minor","","Bit of a wait for the lift at breakfast time, nothing terrible.","早餐时间等电梯要等一下，不算太糟。","早餐時間等電梯要等一下，不算太糟。"),
("service.efficiency","moderate","","We were told someone would call back about the refund within the hour, it is now the next day.","说一个小时内回电话处理退款，现在都第二天了。","說一個小時內回電話處理退款，現在都隔天了。"),
("service.efficiency","moderate","","Nobody came to fix the TV although I called four times since yesterday.","从昨天到现在我打了四次电话，都没人来修电视。","從昨天到現在我打了四次電話，都沒人來修電視。"),
("service.efficiency","minor","","The doorman took a few minutes to find us a taxi.","门童花了几分钟才帮我们叫到出租车。","門僮花了幾分鐘才幫我們叫到計程車。"),
("service.efficiency","serious","","Our baby's formula was supposed to be delivered by room service three hours ago, she has not eaten.","宝宝的奶粉三个小时前就该送来了，她到现在还没吃东西。","寶寶的奶粉三個小時前就該送來了，她到現在還沒吃東西。"),
("service.skill","minor","","The receptionist gave us the wrong wifi password, we found the right one on the card.","前台给的无线密码是错的，我们后来在卡片上找到了对的。","櫃檯給的無線密碼是錯的，我們後來在卡片上找到了對的。"),
("service.skill","moderate","","The room was booked for three adults but they prepared only two beds and one set of towels.","我们订的是三个大人的房，结果只准备了两张床和一套毛巾。","我們訂的是三個大人的房，結果只準備了兩張床和一套毛巾。"),
("service.skill","moderate","","Our loyalty points were not added and reception says they cannot do anything.","我们的会员积分没有加上，前台说他们也没办法。","我們的會員點數沒有加上，櫃檯說他們也沒辦法。"),
("service.skill","serious","","The staff gave my room number out loud in the lobby and a man followed me to my floor.","员工在大堂大声说出我的房号，有个男的跟着我到了我住的楼层。","員工在大廳大聲說出我的房號，有個男的跟著我到了我住的樓層。"),
("service.skill","minor","","The printout of our itinerary had a few typos.","打印出来的行程单有几个错字。","印出來的行程表有幾個錯字。"),
("environment.cleanliness","minor","","Just a heads up, the balcony floor is a bit dusty.","提醒一下，阳台地面有点灰。","提醒一下，陽台地板有點灰。"),
("environment.cleanliness","moderate","","The room was clearly not cleaned after the last guest, empty bottles and a used towel on the floor.","房间明显在上一位客人走后没打扫，地上还有空瓶子和用过的毛巾。","房間明顯在上一位客人走後沒打掃，地上還有空瓶和用過的毛巾。"),
("environment.cleanliness","serious","","I woke up with bites all over my arms and found small bugs in the mattress seams.","我醒来手臂上全是包，床垫缝里还找到了小虫子。","我醒來手臂上都是包，床墊縫裡還找到了小蟲子。"),
("environment.cleanliness","moderate","","The shared bathroom on the club floor had urine on the floor all day.","行政楼层的公共卫生间地上一整天都有尿。","行政樓層的公用廁所地上一整天都有尿。"),
("environment.cleanliness","minor","","The coffee cups were not replaced today.","今天咖啡杯没有换新的。","今天咖啡杯沒有換新的。"),
("environment.noise","minor","","A little noise from the street in the morning, we can live with it.","早上街上有点吵，还能忍受。","早上街上有點吵，還可以忍受。"),
("environment.noise","moderate","","Banging pipes all night long, it sounds like someone hammering the wall.","水管整晚砰砰响，像有人在敲墙一样。","水管整晚砰砰響，像有人在敲牆一樣。"),
("environment.noise","moderate","","Our neighbours let their kids scream and run until midnight and reception did nothing when we called twice.","邻居的小孩尖叫乱跑到半夜，我们打了两次电话前台都没处理。","鄰居的小孩尖叫亂跑到半夜，我們打了兩次電話櫃檯都沒處理。"),
("environment.noise","minor","","The clock in the room ticks quite loudly.","房间里的钟滴答声有点大。","房間裡的時鐘滴答聲有點大。"),
("environment.noise","moderate","","Music from the rooftop pool party was so loud we could not hear our TV at 11pm.","屋顶泳池派对的音乐大到我们晚上十一点连电视都听不见。","頂樓泳池派對的音樂大到我們晚上十一點連電視都聽不到。"),
]
CORES += [
("facilities.room_facilities","minor","","Small thing: the bathroom door squeaks.","小问题：卫生间门会吱吱响。","小問題：浴室門會嘎嘎響。"),
("facilities.room_facilities","moderate","","Our shower has been lukewarm at best for three days now.","淋浴这三天最多只有温水。","淋浴這三天頂多只有溫水。"),
("facilities.room_facilities","serious","","The window in the kids' room opens wide with no restrictor and we are on the 15th floor.","儿童房的窗户可以完全推开，没有限位器，我们住在十五楼。","兒童房的窗戶可以整個推開，沒有限位器，我們住在十五樓。"),
("facilities.room_facilities","moderate","","The toilet seat is cracked and the flush does not work half the time.","马桶圈裂了，冲水一半的时候都冲不了。","馬桶座裂了，沖水一半的時候都沖不了。"),
("facilities.room_facilities","minor","","A coat hook is missing behind the door.","门后少了一个挂衣钩。","門後少了一個掛衣勾。"),
("facilities.room_facilities","urgent","flooding","Water is dripping from the light fitting in the ceiling and the carpet is soaked.","天花板上的灯一直在滴水，地毯都湿透了。","天花板上的燈一直在滴水，地毯都濕透了。"),
("facilities.appliances","minor","","The TV picture is a bit dark even on the brightest setting.","电视画面调到最亮还是有点暗。","電視畫面調到最亮還是有點暗。"),
("facilities.appliances","moderate","","The AC cannot be turned off and blows freezing air all night.","空调关不掉，整晚都吹冷风。","冷氣關不掉，整晚都吹冷風。"),
("facilities.appliances","moderate","","The coffee machine and kettle both stopped working, no way to make a hot drink.","咖啡机和烧水壶都坏了，根本没办法弄热饮。","咖啡機和熱水壺都壞了，根本沒辦法泡熱飲。"),
("facilities.appliances","serious","","The hair dryer gets very hot and cuts out with a crackling sound, I am afraid to use it.","吹风机会变得很烫，然后噼啪一声就断电了，我都不敢用了。","吹風機會變得很燙，然後劈啪一聲就斷電了，我都不敢用了。"),
("facilities.appliances","minor","","The radio alarm cannot be switched off, it beeped once at night.","收音机闹钟关不掉，半夜响了一下。","收音機鬧鐘關不掉，半夜響了一下。"),
("facilities.appliances","urgent","fire","The TV made a pop and now there are flames coming out of the back.","电视砰的一声，现在后面冒出火来了。","電視砰一聲，現在後面冒出火來了。"),
("facilities.gym","minor","","The gym could do with a few more benches.","健身房的凳子可以再多几张。","健身房的椅子可以再多幾張。"),
("facilities.gym","moderate","","The elliptical machines have been broken all week and nothing is being done.","椭圆机坏了一个星期了，一直没人修。","橢圓機壞了一個禮拜了，一直沒人修。"),
("facilities.gym","serious","","The smith machine safety catch does not lock, the bar dropped when I racked it.","史密斯机的保险卡扣锁不住，我放杠的时候杠子直接掉下来了。","史密斯機的安全卡榫鎖不住，我放槓的時候槓子直接掉下來了。"),
("facilities.gym","moderate","","The gym opened an hour late two mornings in a row and my training plan is ruined.","健身房连续两天早上晚开一个小时，我的训练计划全乱了。","健身房連續兩天早上晚開一個小時，我的訓練計畫全亂了。"),
("facilities.gym","minor","","Headphone jack on the treadmill does not work.","跑步机上的耳机孔不能用。","跑步機上的耳機孔不能用。"),
("fnb.dish_quality","minor","","The croissants were slightly stale, otherwise breakfast was fine.","牛角包有点不新鲜，其他早餐都还好。","可頌有點不新鮮，其他早餐都還好。"),
("fnb.dish_quality","moderate","","Every dish at the Chinese restaurant tonight was swimming in salt and grease, we left most of it.","今晚中餐厅每道菜都又咸又油，我们大部分都没吃。","今晚中餐廳每道菜都又鹹又油，我們大部分都沒吃。"),
("fnb.dish_quality","moderate","","Room service sent the wrong order twice and the replacement was cold.","客房送餐送错了两次，重新送来的还是凉的。","客房送餐送錯了兩次，重新送來的還是冷的。"),
("fnb.dish_quality","minor","","The latte art was nice but the coffee was lukewarm.","拿铁拉花很好看，可是咖啡是温的。","拿鐵拉花很漂亮，可是咖啡是溫的。"),
("fnb.dish_quality","serious","","My gluten free pasta was regular pasta, I am coeliac and now I am unwell.","我的无麸质意面其实是普通面，我有乳糜泻，现在很不舒服。","我的無麩質義大利麵其實是一般的麵，我有乳糜瀉，現在很不舒服。"),
("fnb.food_hygiene","minor","","The salt shaker was greasy and sticky.","盐瓶油腻腻黏糊糊的。","鹽罐油油黏黏的。"),
("fnb.food_hygiene","moderate","","The ham on the breakfast buffet was slimy and smelled off.","早餐自助的火腿黏糊糊的，还有怪味。","早餐自助的火腿黏黏的，還有怪味。"),
("fnb.food_hygiene","serious","","Since eating the sashimi at your Japanese restaurant my wife and I have had fever and cramps all night.","在你们日料店吃了生鱼片以后，我和太太整晚发烧、肚子绞痛。","在你們日本料理吃了生魚片以後，我和太太整晚發燒、肚子絞痛。"),
("fnb.food_hygiene","moderate","","A staff member wiped the table with a cloth that smelled of sewage.","员工用一块有下水道臭味的抹布擦桌子。","員工用一塊有水溝臭味的抹布擦桌子。"),
("fnb.food_hygiene","urgent","medical","My son had the soup, it contained shrimp, and now he is covered in hives and his eyes are swelling shut.","我儿子喝了汤，里面有虾，现在全身起疹子，眼睛都肿得睁不开了。","我兒子喝了湯，裡面有蝦，現在全身起疹子，眼睛都腫到睜不開了。"),
]

# Domain vocabulary, by sub-category: words and short phrases guests use,
# in English, simplified and traditional Chinese. They are training rows for
# the category classifier only (a seed lexicon), never held out.
LEXICON = {
    "service.attitude": (
        "rude, impolite, unfriendly, arrogant, disrespectful, condescending, "
        "shouted at us, yelled, raised his voice, rolled her eyes, ignored me, "
        "laughed at me, mocked, sarcastic, unwelcoming, cold attitude, "
        "bad attitude, unprofessional behaviour, insulted, humiliating, "
        "discriminated, racist remark, made fun of us, grumpy, sulky, annoyed, "
        "impatient staff, did not greet us, not even a smile, threatened us, "
        "hung up on me, told me to go away, argued with me, shrugged",
        "态度差, 态度恶劣, 不礼貌, 没礼貌, 粗鲁, 冷漠, 傲慢, 翻白眼, 不理人, 不理我, "
        "大声嚷嚷, 吼我们, 骂人, 嘲笑, 讽刺, 歧视, 羞辱, 丢脸, 不耐烦, 脸色难看, "
        "爱理不理, 不打招呼, 没有笑容, 威胁, 挂电话, 跟我吵, 服务态度, 摆脸色, 凶",
        "態度差, 態度惡劣, 不禮貌, 沒禮貌, 粗魯, 冷漠, 傲慢, 翻白眼, 不理人, 不理我, "
        "大聲嚷嚷, 吼我們, 罵人, 嘲笑, 諷刺, 歧視, 羞辱, 丟臉, 不耐煩, 臉色難看, "
        "愛理不理, 不打招呼, 沒有笑容, 威脅, 掛電話, 跟我吵, 服務態度, 擺臉色, 兇",
    ),
    "service.efficiency": (
        "slow, waited, waiting, wait for ages, took forever, queue, long line, "
        "delay, delayed, late, still not arrived, never came, never showed up, "
        "no one answered, nobody picked up, kept us waiting, reminded twice, "
        "after an hour, room not ready, slow check-in, slow checkout, "
        "understaffed, only one desk open, still waiting, no response, "
        "pickup did not come, took hours",
        "太慢, 很慢, 等了, 等很久, 等了半天, 排队, 排长队, 延误, 拖延, 迟迟, 还没送来, "
        "一直没来, 没人接, 没人理, 催了, 催了好几次, 一个小时了, 房间还没准备好, 办入住, "
        "退房排队, 人手不够, 只开了一个柜台, 没有回复, 接机没来, 效率低, 磨蹭",
        "太慢, 很慢, 等了, 等很久, 等了半天, 排隊, 排長隊, 延誤, 拖延, 遲遲, 還沒送來, "
        "一直沒來, 沒人接, 沒人理, 催了, 催了好幾次, 一個小時了, 房間還沒準備好, 辦入住, "
        "退房排隊, 人手不夠, 只開了一個櫃檯, 沒有回覆, 接機沒來, 效率低, 拖拖拉拉",
    ),
    "service.skill": (
        "overcharged, charged twice, wrong bill, billing mistake, invoice error, "
        "wrong room type, lost reservation, booking not found, double booked, "
        "wrong information, gave wrong directions, mixed up, mistake, "
        "did not know, key card given to someone else, wrong name, "
        "deposit not refunded, refund, wake-up call missed, wrong luggage, "
        "luggage delivered to the wrong room, breakfast charged, upgrade promised, "
        "misinformed, stolen, theft, safe, intruder, stranger in my room, "
        "security lapse, passport",
        "多收费, 收了两次钱, 账单错误, 账单有误, 发票错了, 房型不对, 预订找不到, 订单丢了, "
        "重复预订, 信息错误, 指错路, 搞错, 弄错, 不懂, 房卡给了别人, 名字写错, 押金没退, "
        "退款, 叫醒电话, 行李送错, 早餐另外收费, 说好的升级, 被偷, 失窃, 保险箱, 陌生人, "
        "护照, 业务不熟",
        "多收費, 收了兩次錢, 帳單錯誤, 帳單有誤, 發票錯了, 房型不對, 訂房找不到, 訂單不見了, "
        "重複訂房, 資訊錯誤, 指錯路, 搞錯, 弄錯, 不懂, 房卡給了別人, 名字寫錯, 押金沒退, "
        "退款, 叫醒電話, 行李送錯, 早餐另外收費, 說好的升級, 被偷, 失竊, 保險箱, 陌生人, "
        "護照, 業務不熟",
    ),
    "environment.cleanliness": (
        "dirty, filthy, stain, stained, stains, hair, hairs, dust, dusty, "
        "smelly, stinks, bad smell, odour, musty, cockroach, roach, ants, "
        "bed bugs, bugs, insects, mould, mold, mildew, not cleaned, "
        "not made up, unmade bed, bin not emptied, rubbish, trash, sticky, "
        "grimy, toilet not clean, used towels, cigarette smell, smoke smell, "
        "lipstick on the glass, vomit on the carpet, blood stains on the sheet, "
        "cloudy pool water, syringe, needle, rats droppings, housekeeping forgot",
        "脏, 很脏, 不干净, 污渍, 头发, 毛发, 灰尘, 有灰, 异味, 臭味, 霉味, 蟑螂, 蚂蚁, "
        "臭虫, 虫子, 发霉, 霉斑, 没打扫, 没收拾, 床没铺, 垃圾没倒, 黏黏的, 马桶不干净, "
        "用过的毛巾, 烟味, 口红印, 血迹, 泳池水浑, 针头, 老鼠屎, 卫生差",
        "髒, 很髒, 不乾淨, 污漬, 頭髮, 毛髮, 灰塵, 有灰, 異味, 臭味, 霉味, 蟑螂, 螞蟻, "
        "臭蟲, 蟲子, 發霉, 霉斑, 沒打掃, 沒收拾, 床沒鋪, 垃圾沒倒, 黏黏的, 馬桶不乾淨, "
        "用過的毛巾, 菸味, 口紅印, 血跡, 泳池水混濁, 針頭, 老鼠屎, 衛生差",
    ),
    "environment.noise": (
        "noise, noisy, loud, too loud, party next door, music, bass, "
        "construction, drilling, renovation, banging, shouting next door, "
        "screaming, thin walls, can hear the neighbours, snoring, "
        "could not sleep, kept us awake, woke us up, humming, buzzing, "
        "trucks, traffic noise, karaoke, nightclub, kids running in the corridor, "
        "door slamming, lift noise, all night",
        "噪音, 吵, 太吵, 很吵, 吵闹, 吵得, 隔壁开派对, 音乐声, 低音, 施工, 装修, 钻墙, "
        "砸东西, 喊叫, 尖叫, 墙太薄, 听得到隔壁, 打呼噜, 睡不着, 吵醒, 嗡嗡响, 货车, "
        "车声, 唱卡拉OK, 夜店, 小孩跑来跑去, 摔门, 整晚",
        "噪音, 吵, 太吵, 很吵, 吵鬧, 吵得, 隔壁開派對, 音樂聲, 低音, 施工, 裝修, 鑽牆, "
        "砸東西, 喊叫, 尖叫, 牆太薄, 聽得到隔壁, 打呼, 睡不著, 吵醒, 嗡嗡響, 貨車, "
        "車聲, 唱卡拉OK, 夜店, 小孩跑來跑去, 甩門, 整晚",
    ),
    "facilities.room_facilities": (
        "no hot water, shower, toilet blocked, toilet leaking, sink, drain, "
        "tap, faucet, curtain, blinds, window will not close, door lock, "
        "lock broken, wardrobe, drawer, bed broken, mattress, pillow, "
        "balcony, railing, wifi, internet, no signal, lift, elevator, ceiling, "
        "leak, water pressure, shower head, bathtub, carpet torn, wall, floor, "
        "light bulb, lamp broken, door, key card does not work, stairs, "
        "corridor, vent, pipe",
        "没有热水, 淋浴, 马桶堵了, 马桶漏水, 洗手盆, 下水道, 水龙头, 窗帘, 窗户关不上, "
        "门锁, 锁坏了, 衣柜, 抽屉, 床坏了, 床垫, 枕头, 阳台, 栏杆, 无线网, 网络, 没信号, "
        "电梯, 天花板, 漏水, 水压, 花洒, 浴缸, 地毯破了, 墙, 地板, 灯泡, 房门, "
        "房卡刷不开, 楼梯, 走廊, 通风口, 水管",
        "沒有熱水, 淋浴, 馬桶堵了, 馬桶漏水, 洗手台, 排水孔, 水龍頭, 窗簾, 窗戶關不上, "
        "門鎖, 鎖壞了, 衣櫃, 抽屜, 床壞了, 床墊, 枕頭, 陽台, 欄杆, 無線網路, 網路, 沒訊號, "
        "電梯, 天花板, 漏水, 水壓, 蓮蓬頭, 浴缸, 地毯破了, 牆, 地板, 燈泡, 房門, "
        "房卡刷不開, 樓梯, 走廊, 通風口, 水管",
    ),
    "facilities.appliances": (
        "air conditioner, air conditioning, aircon, AC not working, heating, "
        "heater, radiator, TV, television, remote control, kettle, fridge, "
        "minibar fridge, hair dryer, hairdryer, iron, ironing board, "
        "coffee machine, safe will not open, electronic safe, socket, "
        "power outlet, plug, charger, light switch, lights flickering, "
        "fan, thermostat, alarm clock, phone in the room, electric, sparks, "
        "electric shock, appliance broken",
        "空调, 空调不制冷, 空调坏了, 暖气, 电暖器, 电视, 遥控器, 烧水壶, 电水壶, 冰箱, "
        "吹风机, 熨斗, 熨衣板, 咖啡机, 保险箱打不开, 插座, 插头, 充电器, 开关, 灯一闪一闪, "
        "风扇, 温控器, 闹钟, 房间电话, 电器, 火花, 触电, 电器坏了",
        "冷氣, 冷氣不冷, 冷氣壞了, 暖氣, 電暖器, 電視, 遙控器, 熱水壺, 電熱水壺, 冰箱, "
        "吹風機, 熨斗, 燙衣板, 咖啡機, 保險箱打不開, 插座, 插頭, 充電器, 開關, 燈一閃一閃, "
        "電風扇, 溫控器, 鬧鐘, 房間電話, 電器, 火花, 觸電, 電器壞了",
    ),
    "facilities.gym": (
        "gym, fitness centre, fitness room, treadmill, running machine, "
        "exercise bike, spin bike, rowing machine, cross trainer, elliptical, "
        "weights, dumbbells, barbell, weight plate, bench press, squat rack, "
        "cable machine, yoga mat, sauna, steam room, gym towels, "
        "gym opening hours, out of order machine, gym air con, gym locker, "
        "personal trainer, workout",
        "健身房, 健身中心, 跑步机, 动感单车, 健身车, 划船机, 椭圆机, 器械, 哑铃, 杠铃, "
        "杠铃片, 卧推, 深蹲架, 龙门架, 瑜伽垫, 桑拿, 蒸汽房, 健身房毛巾, 健身房开放时间, "
        "器材坏了, 更衣柜, 教练, 锻炼, 健身",
        "健身房, 健身中心, 跑步機, 飛輪車, 健身車, 划船機, 橢圓機, 器材, 啞鈴, 槓鈴, "
        "槓片, 臥推, 深蹲架, 龍門架, 瑜伽墊, 三溫暖, 蒸氣室, 健身房毛巾, 健身房開放時間, "
        "器材壞了, 置物櫃, 教練, 運動, 健身",
    ),
    "fnb.dish_quality": (
        "cold food, lukewarm, overcooked, undercooked steak, tough, bland, "
        "too salty, too sweet, too spicy, tasteless, stale, soggy, burnt, "
        "reheated, small portion, overpriced dish, wrong order, menu, "
        "buffet ran out, breakfast, dinner, lunch, restaurant, room service food, "
        "coffee, tea, wine, corked, cake, dessert, noodles, dim sum, soup, "
        "steak, fish, chef, taste, flavour, not fresh bread",
        "菜凉了, 温的, 煮过头, 太老, 没味道, 太咸, 太甜, 太辣, 不新鲜, 软塌塌, 烤焦了, "
        "回锅, 分量少, 太贵, 上错菜, 菜单, 自助餐没有了, 早餐, 晚餐, 午餐, 餐厅, 送餐, "
        "咖啡, 茶, 红酒, 蛋糕, 甜点, 面条, 点心, 汤, 牛排, 鱼, 厨师, 味道, 口味, 难吃",
        "菜涼了, 溫的, 煮過頭, 太老, 沒味道, 太鹹, 太甜, 太辣, 不新鮮, 軟趴趴, 烤焦了, "
        "回鍋, 份量少, 太貴, 上錯菜, 菜單, 自助餐沒有了, 早餐, 晚餐, 午餐, 餐廳, 送餐, "
        "咖啡, 茶, 紅酒, 蛋糕, 甜點, 麵, 點心, 湯, 牛排, 魚, 廚師, 味道, 口味, 難吃",
    ),
    "fnb.food_hygiene": (
        "food poisoning, sick after eating, vomiting, diarrhoea, diarrhea, "
        "stomach ache, stomach cramps, upset stomach, fever after dinner, "
        "raw chicken, undercooked chicken, pink inside, hair in my food, "
        "fly in the soup, insect in food, worm, expired, past its date, "
        "sour milk, curdled, mouldy bread, rat in the restaurant, mouse, "
        "dirty cutlery, dirty plates, no gloves, hygiene, allergy, allergic, "
        "peanuts, nuts, gluten, shellfish, contaminated, rotten",
        "食物中毒, 吃坏肚子, 呕吐, 上吐下泻, 拉肚子, 腹泻, 肚子痛, 胃痛, 发烧, 鸡肉没熟, "
        "生的, 菜里有头发, 汤里有苍蝇, 有虫, 虫子, 过期, 变质, 发酸, 结块, 面包发霉, "
        "老鼠, 餐具脏, 盘子不干净, 没戴手套, 卫生, 过敏, 花生, 坚果, 海鲜过敏, 腐烂",
        "食物中毒, 吃壞肚子, 嘔吐, 上吐下瀉, 拉肚子, 腹瀉, 肚子痛, 胃痛, 發燒, 雞肉沒熟, "
        "生的, 菜裡有頭髮, 湯裡有蒼蠅, 有蟲, 蟲子, 過期, 變質, 發酸, 結塊, 麵包發霉, "
        "老鼠, 餐具髒, 盤子不乾淨, 沒戴手套, 衛生, 過敏, 花生, 堅果, 海鮮過敏, 腐爛",
    ),
}

# Words that tell how bad it is, for the severity classifier only.
SEVERITY_CUES = {
    "minor": (
        "a bit, a little, slightly, small, minor, not a big deal, "
        "nothing serious, just letting you know, otherwise fine, no big problem, "
        "would be nice, could you, a few dollars, cosmetic",
        "有点, 有一点, 稍微, 小问题, 不算什么大事, 没什么大问题, 顺便说一下, 其他都好, 几块钱",
        "有點, 有一點, 稍微, 小問題, 不算什麼大事, 沒什麼大問題, 順便說一下, 其他都好, 幾塊錢",
    ),
    "moderate": (
        "still not fixed, all night, every day, ruined our evening, "
        "unacceptable, very disappointed, need it fixed today, "
        "charged, waited an hour, could not sleep",
        "一直没修好, 整晚, 每天, 毁了, 不能接受, 很失望, 今天一定要解决, 收费, 等了一个小时, 睡不着",
        "一直沒修好, 整晚, 每天, 毀了, 不能接受, 很失望, 今天一定要解決, 收費, 等了一個小時, 睡不著",
    ),
    "serious": (
        "dangerous, unsafe, could have been hurt, children at risk, "
        "health risk, sick, ill, vomiting, fever, nearly, almost swallowed, "
        "could snap, could fall, security risk, not safe, elderly, medicine",
        "危险, 不安全, 差点受伤, 小孩有危险, 健康风险, 生病, 呕吐, 发烧, 差点, 随时会断, "
        "会掉下来, 安全隐患, 老人, 药",
        "危險, 不安全, 差點受傷, 小孩有危險, 健康風險, 生病, 嘔吐, 發燒, 差點, 隨時會斷, "
        "會掉下來, 安全隱患, 老人, 藥",
    ),
}


def lexicon_rows():
    rows = []
    for target, table in (("subcategory", LEXICON), ("severity", SEVERITY_CUES)):
        for label, texts in table.items():
            for lang, text in zip(("en", "zh_CN", "zh_TW"), texts):
                for number, term in enumerate(text.split(", ")):
                    rows.append(
                        {
                            "id": f"lex-{label}-{lang}-{number}",
                            "core": None,
                            "text": term,
                            "lang": lang,
                            "script": lang,
                            "style": "lexicon",
                            "category": label.split(".")[0]
                            if target == "subcategory"
                            else "",
                            "subcategory": label if target == "subcategory" else "",
                            "severity": label if target == "severity" else "",
                            "hazard": "",
                            "split": "train",
                        }
                    )
    return rows


OPENERS = {
    "en": [
        "",
        "Hi, ",
        "Hello, room 1208 here. ",
        "Good evening. ",
        "Sorry to bother you but ",
        "To whom it may concern: ",
    ],
    "zh_CN": ["", "你好，", "您好，我是1208房的客人。", "前台你好，", "不好意思打扰一下，"],
    "zh_TW": ["", "你好，", "您好，我是1208房的房客。", "櫃檯你好，", "不好意思打擾一下，"],
}
CLOSERS = {
    "en": [
        "",
        " Please sort this out.",
        " Can someone help?",
        " Thanks.",
        " Really disappointed.",
    ],
    "zh_CN": ["", "请尽快处理。", "麻烦帮忙看一下。", "谢谢。", "太失望了。"],
    "zh_TW": ["", "請盡快處理。", "麻煩幫忙看一下。", "謝謝。", "太失望了。"],
}
RAMBLES = {
    "en": [
        "We arrived late last night after a long flight from Shanghai and the "
        "check-in itself was okay, the room has a nice view of the harbour and "
        "the kids liked the welcome cookies, but I have to tell you this: ",
        "This is our third stay with you and we usually love it, my husband "
        "chose the hotel for our anniversary and we had dinner plans in town, "
        "anyway, long story short, ",
        "I am writing on behalf of my parents who do not speak English, they "
        "are staying two more nights and we booked through the travel agency, "
        "so here is what happened: ",
    ],
    "zh_CN": [
        "我们昨天晚上坐了很久的飞机才到，入住倒还顺利，房间看海景也不错，孩子也喜欢欢迎小点心，可是有件事一定要说：",
        "这已经是我们第三次住你们酒店了，平时都很满意，这次是来过结婚纪念日的，本来还约了朋友吃饭，总之长话短说，",
        "我是替我爸妈写的，他们还要再住两晚，是通过旅行社订的，事情是这样的：",
    ],
    "zh_TW": [
        "我們昨天晚上坐了很久的飛機才到，入住還算順利，房間看海景也不錯，小孩也喜歡歡迎點心，可是有件事一定要說：",
        "這已經是我們第三次住你們飯店了，平常都很滿意，這次是來過結婚紀念日的，本來還約了朋友吃飯，總之長話短說，",
        "我是幫我爸媽寫的，他們還要再住兩晚，是透過旅行社訂的，事情是這樣的：",
    ],
}
QUESTIONS = {
    "en": "Is this normal? ",
    "zh_CN": "请问这正常吗？",
    "zh_TW": "請問這樣正常嗎？",
}
MIXED_TAILS = {
    "en": [" 请尽快处理，谢谢。", " 麻煩處理一下。"],
    "zh_CN": [" Please help asap, thanks.", " room 1208, please check."],
    "zh_TW": [" Please help asap, thanks.", " room 1208, please check."],
}


def _typos(text, rng):
    """Swap or drop a letter in a few words, as a guest typing on a phone."""
    words = text.split(" ")
    wanted = max(2, len(words) // 5)
    for _i in range(40):
        pos = rng.randrange(len(words))
        word = words[pos]
        if len(word) > 3 and word.isalpha():
            cut = rng.randrange(1, len(word) - 2)
            if rng.random() < 0.5:
                word = word[:cut] + word[cut + 1] + word[cut] + word[cut + 2 :]
            else:
                word = word[:cut] + word[cut + 1 :]
            words[pos] = word
            wanted -= 1
            if not wanted:
                break
    return " ".join(words).lower()


def _variant(text, lang, rng):
    kind = rng.choice(["ramble", "typos", "mixed", "question"])
    if kind == "typos" and lang != "en":
        kind = "mixed"
    if kind == "ramble":
        text = rng.choice(RAMBLES[lang]) + (
            text[0].lower() + text[1:] if lang == "en" else text
        )
    elif kind == "typos":
        text = _typos(text, rng)
    elif kind == "mixed":
        text = text + rng.choice(MIXED_TAILS[lang])
        lang = "mixed"
    else:
        text = text + (" " if lang == "en" else "") + QUESTIONS[lang]
    return kind, lang, text


def build():
    rows = []
    position = {}
    for index, (sub, severity, hazard, *texts) in enumerate(CORES):
        position[sub] = position.get(sub, -1) + 1
        split = "test" if position[sub] % 4 == 1 else "train"
        for lang, text in zip(("en", "zh_CN", "zh_TW"), texts):
            rng = random.Random(zlib.crc32(f"{index}:{lang}".encode()))
            base = (
                rng.choice(OPENERS[lang])
                + (text if lang != "en" else text)
                + rng.choice(CLOSERS[lang])
            ).strip()
            kind, vlang, variant = _variant(text, lang, rng)
            variant = variant.strip()
            for style, msg_lang, msg in (("plain", lang, base), (kind, vlang, variant)):
                rows.append(
                    {
                        "id": f"c{index:03d}-{lang}-{style}",
                        "core": index,
                        "text": msg,
                        "lang": msg_lang,
                        "script": lang,
                        "style": style,
                        "category": sub.split(".")[0],
                        "subcategory": sub,
                        "severity": severity,
                        "hazard": hazard,
                        "split": split,
                    }
                )
    return rows + lexicon_rows()


def main():
    rows = build()
    with open(OUT, "w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} messages written to {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
