/// Chinese family names: the common single-character ones (covering well over 95% of people) and
/// the compound ones. Used to tell a name (王笑梅) from a word (联防联控) in bylines and in text.
public enum Surnames {
    static let singleList =
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由"
    static let compoundList = [
        "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "轩辕", "令狐", "端木",
        "独孤", "南宫", "西门", "百里", "呼延", "万俟", "单于", "闻人", "澹台", "公冶", "太叔", "申屠", "钟离", "赫连", "第五", "司空",
    ]

    public static let single = ScalarSet(singleList.unicodeScalars)
    public static let compound: Set<String> = Set(compoundList)
    /// First characters of compound surnames, to skip the string lookup almost everywhere.
    public static let compoundInitials = ScalarSet(compoundList.map { $0.unicodeScalars.first! })

    /// True when `name` (2–4 Han characters) starts with a family name, or is a transliterated
    /// name with a middle dot (阿卜杜拉·阿齐兹).
    public static func looksLikeName(_ name: String) -> Bool {
        let u = Array(name.unicodeScalars)
        if u.contains("·") { return u.count >= 3 }
        guard (2...4).contains(u.count), u.allSatisfy(CharClass.isHan) else { return false }
        if u.count >= 3, compound.contains(String(scalars: u[0..<2])) {
            // 第五号, 第五届, 第五次: an ordinal and its measure (an announcement's number), not 第五 and a given name.
            return !(u.count == 3 && u[0] == "第" && ordinalMeasures.contains(u[2]))
        }
        return single.contains(u[0])
    }

    static let ordinalMeasures: ScalarSet = ["号", "届", "次", "期", "批", "版", "轮", "条", "章", "节", "款", "项", "名", "部", "集", "季", "场", "天", "年", "月"]
}
