/// The date an article was written, from its header, dateline or byline.
///
/// Looks at the first lines only, in this order: a full date (with its year) on a short
/// line ("- The Washington Times - Tuesday, October 28, 2025", a line "28/10/2025") or on a
/// masthead line of fields separated by "|", "·" or "—" among the first four; an ISO
/// date at the very start or after "date"/"dated"; a year-less dateline date opening one of
/// the first four lines that are not blank ("TOKYO, Oct 28 (Reuters) –"), given the fallback's year
/// (or, with none, the year of the story the rules declare). Otherwise the
/// fallback (a rule setting), otherwise nothing. A date on a weather widget's line is page
/// furniture and never the article's date.
public enum ArticleDate {
    static let headerLines = 12
    static let shortLineWords = 12
    /// A masthead or byline line of fields ("By A. Writer | Wire | Thursday, March 12, 2026
    /// 9:14 AM") dates the article however long it is; it is one of the first few lines.
    static let mastheadLines = 4
    static let fieldSeparators = [" | ", " · ", " — "]

    /// `ambiguousSlashes`: whether "12/03/2026", whose order nothing in the text settles, may
    /// date the article (true when a rule declared the order).
    /// `yearHint`: with no fallback, a day of the story the rules describe; a year-less
    /// dateline takes the year that puts it nearest that day (it dates nothing else).
    public static func detect(_ d: Document, extractor: DateExtractor, fallback: Int?, ambiguousSlashes: Bool = true,
                              yearHint: Int? = nil) -> Int? {
        guard !d.tokens.isEmpty else { return fallback }
        let text = d.text
        let limitLine = min(headerLines, text.lineCount)
        let limitByte = limitLine < text.lineCount ? text.lineStarts[limitLine] : text.bytes.count
        var limit = 0
        while limit < d.tokens.count && Int(d.tokens[limit].start) < limitByte { limit += 1 }
        let header = extractor.expressions(in: d, reference: fallback ?? yearHint, limit: limit)
        for e in header where e.kind == .date && !e.yearInferred && (ambiguousSlashes || !e.ambiguousSlash) {
            let line = text.lineColumn(of: e.bytes.lowerBound).line
            let range = text.lineRange(line)
            let lineText = d.string(range)
            let words = lineText.split(separator: " ").count
            let first = e.tokens.lowerBound
            let afterKeyword = first >= 1 && (d.tokens[first - 1].word == extractor.v.date || d.tokens[first - 1].word == extractor.v.dated)
            let masthead = line <= mastheadLines && hasFieldSeparator(text.bytes[range], lineText)
            if words <= shortLineWords || first <= 1 || afterKeyword || masthead, !nearWeather(d, line: line) { return e.interval?.lowerBound }
        }
        if let yearReference = fallback ?? yearHint {
            // The headline, a byline or standfirst, and the first paragraph: the first four
            // lines that are not blank (a dateline must open its line, below).
            let firstLines = (1...limitLine).filter { !d.string(text.lineRange($0)).allSatisfy(\.isWhitespace) }.prefix(4)
            for e in header where e.kind == .date && e.yearInferred && firstLines.contains(text.lineColumn(of: e.bytes.lowerBound).line) {
                if nearWeather(d, line: text.lineColumn(of: e.bytes.lowerBound).line) { continue }
                // A dateline opens its line ("ÅLESUND, March 14 –"): no lowercase word before
                // the date, unlike a date in the story's first sentence.
                var k = e.tokens.lowerBound - 1
                var opensLine = true
                while k >= 0, !d.tokens[k + 1].has(.lineBefore) {
                    if d.tokens[k].kind == .word, !d.tokens[k].has(.capitalized) { opensLine = false; break }
                    k -= 1
                }
                if !opensLine { continue }
                if fallback == nil, let (month, day) = e.monthDay { return nearest(month, day, to: yearReference) }
                return e.interval?.lowerBound ?? fallback
            }
        }
        return fallback
    }

    /// The day `month`/`day` in the year (of three around `reference`'s) that puts it nearest `reference`.
    static func nearest(_ month: Int, _ day: Int, to reference: Int) -> Int? {
        let year = CivilDate.civil(reference).year
        return ((year - 1)...(year + 1)).filter { CivilDate.isValid($0, month, day) }
            .map { CivilDate.days($0, month, day) }.min { abs($0 - reference) < abs($1 - reference) }
    }

    /// A weather widget scraped into the header ("Oslo 12°C Light rain · Wed 29 Oct 2025",
    /// or the temperature on the line next to the date) shows the day it was scraped, not
    /// the day the article was written.
    static func nearWeather(_ d: Document, line: Int) -> Bool {
        let text = d.text
        return (max(1, line - 1)...min(text.lineCount, line + 1)).contains { n in
            let range = text.lineRange(n)
            return isASCII(text.bytes[range]) ? isWeatherASCII(text.bytes[range]) : isWeather(d.string(range))
        }
    }

    /// Whether a line holds one of `fieldSeparators`. An ASCII line (most headers) is searched
    /// as bytes: only " | " can occur there, and a byte match is a Character match.
    static func hasFieldSeparator(_ bytes: ArraySlice<UInt8>, _ line: String) -> Bool {
        guard isASCII(bytes) else { return fieldSeparators.contains { line.contains($0) } }
        let bar: [UInt8] = [0x20, 0x7C, 0x20]
        return bytes.indices.contains { i in i + 3 <= bytes.endIndex && bytes[i..<(i + 3)].elementsEqual(bar) }
    }

    static func isASCII(_ bytes: ArraySlice<UInt8>) -> Bool { bytes.allSatisfy { $0 < 0x80 } }

    /// `isWeather` on an ASCII line, without a String: no "°", words are runs of ASCII letters.
    static func isWeatherASCII(_ bytes: ArraySlice<UInt8>) -> Bool {
        var i = bytes.startIndex
        while i < bytes.endIndex {
            guard isLetter(bytes[i]) else { i += 1; continue }
            var j = i
            while j < bytes.endIndex, isLetter(bytes[j]) { j += 1 }
            if j - i <= longestWeatherWord, weatherWords.contains(String(decoding: bytes[i..<j].map { $0 | 0x20 }, as: UTF8.self)) { return true }
            i = j
        }
        return false
    }

    static let longestWeatherWord = weatherWords.map(\.utf8.count).max() ?? 0

    private static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }

    static func isWeather(_ line: String) -> Bool {
        if line.contains("°") { return true }
        let words = line.lowercased().split { !$0.isLetter }
        return words.contains { weatherWords.contains(String($0)) }
    }

    static let weatherWords: Set<String> = ["weather", "forecast", "sunny", "cloudy", "overcast", "showers", "drizzle",
                                            "humidity", "thunderstorms", "snowfall", "sleet", "fog"]
}
