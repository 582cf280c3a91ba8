/// Money written after the number, as European and Nordic copy writes it: "310 Mkr"
/// (Swedish miljoner kronor), "4,2 mdkr" (miljarder kronor), "310 MSEK", "27 M€", "27 €",
/// "27 Mio. €", "CHF 1.2 Mio.", "4 mrd. kr". The forms are general newsroom and
/// financial-report abbreviations, not one country's word list.
extension Currencies {
    /// One word that is a magnitude and a currency (Swedish: tusen, miljoner, miljarder kronor).
    static let abbreviations: [(String, String, Double)] = [("tkr", "SEK", 1e3), ("mkr", "SEK", 1e6), ("mdkr", "SEK", 1e9),
                                                             ("mdrkr", "SEK", 1e9)]
    /// A magnitude letter before an ISO code in capitals, as financial reports write it: "MSEK", "TEUR", "KUSD".
    static let codePrefixes: [(String, Double)] = [("K", 1e3), ("T", 1e3), ("M", 1e6)]
    /// Continental magnitude abbreviations (German Mio./Mrd., Nordic mill./mrd./mia., French Md),
    /// read only next to a currency: alone they are as likely a name.
    static let continentalMagnitudes: [(String, Double)] = [("mio", 1e6), ("mill", 1e6), ("mrd", 1e9), ("mia", 1e9), ("md", 1e9), ("mds", 1e9)]
    /// "kr" is the krona or krone of Sweden, Norway, Denmark or Iceland: the one the article names.
    static let kronaCodes = ["SEK", "NOK", "DKK", "ISK"]
    /// The placeholder code of a "kr" figure until its article says which krona (`QuantityReader.resolveKrona`).
    static let krona = "kr"
}

/// The interned words of `Currencies`' after-the-number forms.
struct MoneyAfterVocabulary: Sendable {
    let abbreviations: IDTable<(code: String, factor: Double)>
    let prefixedCodes: IDTable<(code: String, factor: Double)>
    let magnitudes: IDTable<Double>
    let kr: Int32
    /// Words that name one krona: "kronor", "krona" (Swedish); a nationality before "kroner" names the others.
    let kronaWords: IDTable<String>
    let nationalities: IDTable<String>
    let kroneWords: IDSet

    init(lexicon: inout Lexicon) {
        abbreviations = IDTable(Currencies.abbreviations.map { (lexicon.intern($0.0), (code: $0.1, factor: $0.2)) })
        var prefixed: [(Int32, (code: String, factor: Double))] = []
        for code in Currencies.codes where !Currencies.wordLike.contains(code) {
            for (prefix, factor) in Currencies.codePrefixes { prefixed.append((lexicon.intern((prefix + code).lowercased()), (code, factor))) }
        }
        prefixedCodes = IDTable(prefixed)
        magnitudes = IDTable(Currencies.continentalMagnitudes.map { (lexicon.intern($0.0), $0.1) })
        kr = lexicon.intern("kr")
        kronaWords = IDTable([("kronor", "SEK"), ("krona", "SEK")].map { (lexicon.intern($0.0), $0.1) })
        nationalities = IDTable([("swedish", "SEK"), ("norwegian", "NOK"), ("danish", "DKK"), ("icelandic", "ISK")].map { (lexicon.intern($0.0), $0.1) })
        kroneWords = IDSet(["krona", "kronor", "krone", "kroner", "kronur"].map { lexicon.intern($0) })
    }
}

extension QuantityReader {
    /// The currency and magnitude written after a number ending at `i`, and where they end;
    /// `code` is nil for a magnitude alone after a currency written before ("CHF 1.2 Mio.").
    func moneyAfter(_ d: Document, at i: Int, currencyBefore: String?) -> (code: String?, factor: Double, end: Int)? {
        let t = d.tokens, m = v.moneyAfter
        guard i < t.count, !t[i].has(.lineBefore) else { return nil }
        func same(_ code: String) -> Bool { currencyBefore == nil || currencyBefore == code }
        if let a = m.abbreviations[t[i].word] { return same(a.code) ? (a.code, a.factor, i + 1) : nil }
        if t[i].has(.allCaps), let a = m.prefixedCodes[t[i].word] { return same(a.code) ? (a.code, a.factor, i + 1) : nil }
        var k = i, factor = 1.0
        if let f = m.magnitudes[t[i].word] {
            factor = f; k += 1                                                   // "Mio", "mrd", "Md"
        } else if let f = v.magnitudes[t[i].word], i + 1 < t.count, t[i + 1].isJoined, symbolCurrency(d, at: i + 1) != nil {
            factor = f; k += 1                                                   // "M€", "k€"
        }
        let afterDot = factor != 1 && k < t.count && t[k].isJoined && d.token(k, is: ".") ? k + 1 : k
        if let currency = currencyWritten(d, at: afterDot), same(currency.code) { return (currency.code, factor, currency.end) }
        if factor != 1, currencyBefore != nil { return (nil, factor, k) }
        return nil
    }

    /// A currency right after a figure: a symbol ("€", not the start of the next figure "€30"),
    /// "kr", an ISO code in capitals, or a currency word.
    private func currencyWritten(_ d: Document, at k: Int) -> (code: String, end: Int)? {
        let t = d.tokens
        guard k < t.count, !t[k].has(.lineBefore) else { return nil }
        if let code = symbolCurrency(d, at: k) {
            return k + 1 < t.count && t[k + 1].isJoined && t[k + 1].kind == .number ? nil : (code, k + 1)
        }
        // "kr." keeps its dot out of the figure: it may end the sentence.
        if t[k].word == v.moneyAfter.kr { return (Currencies.krona, k + 1) }
        if t[k].has(.allCaps), let code = v.currencyCodes[t[k].word] { return (code, k + 1) }
        if let code = v.currencyWords[t[k].word] { return (code, k + 1) }
        return nil
    }

    private func symbolCurrency(_ d: Document, at k: Int) -> String? {
        guard d.tokens[k].kind == .punct else { return nil }
        return Currencies.symbols.first { d.token(k, is: $0.0) }?.1
    }

    /// "kr" figures take the krona their article names (a code such as "NOK", "Mkr", "kronor",
    /// "Danish kroner"); when it names none or several, they stay plain numbers.
    func resolveKrona(_ found: inout [Quantity], in d: Document) {
        guard found.contains(where: { $0.unit.code == Currencies.krona }) else { return }
        let t = d.tokens, m = v.moneyAfter
        var named: [String] = []
        for k in t.indices {
            var code: String? = nil
            if let a = m.abbreviations[t[k].word] { code = a.code }
            else if let word = m.kronaWords[t[k].word] { code = word }
            else if t[k].has(.allCaps), let c = v.currencyCodes[t[k].word] ?? m.prefixedCodes[t[k].word]?.code { code = c }
            else if let c = m.nationalities[t[k].word], k + 1 < t.count, m.kroneWords.contains(t[k + 1].word) { code = c }
            if let code, Currencies.kronaCodes.contains(code), !named.contains(code) { named.append(code) }
        }
        for i in found.indices where found[i].unit.code == Currencies.krona {
            found[i].unit = named.count == 1 ? .money(named[0]) : .count
        }
    }
}
