/// Durations written as a clock: "2:05:38" (hours, minutes, seconds), the way race,
/// flight and rescue times are given. Read as seconds, so "2:05:38" and "2:05:57" vote
/// as one quantity and a rule can state `value: "2:19:47"`. Two groups ("2:21", "8:45")
/// stay unread: a time of day as often as a duration. After "at" or "until", or before
/// "am"/"GMT", three groups are a time of day too ("at 11:04:47"). Two groups with a unit
/// after them are a duration ("2:23 minutes", "1:45 hours"), and a duration in words may go
/// on in a smaller unit ("2 minutes 33 seconds").
extension QuantityReader {
    static let second = Unit(.duration, "second", factor: 1 / 86_400), minute = Unit(.duration, "minute", factor: 1 / 1_440)

    func clockDuration(_ d: Document, at i: Int) -> Quantity? {
        let t = d.tokens
        if let withUnit = twoGroups(d, at: i) { return withUnit }
        guard i + 4 < t.count, t[i].kind == .number,
              d.token(i + 1, is: ":"), t[i + 1].isJoined, t[i + 2].isJoined,
              d.token(i + 3, is: ":"), t[i + 3].isJoined, t[i + 4].isJoined,
              let hours = d.integer(token: i, digits: 1...2), let minutes = d.integer(token: i + 2, digits: 2...2),
              let seconds = d.integer(token: i + 4, digits: 2...2), minutes < 60, seconds < 60 else { return nil }
        let end = i + 5
        // Part of something longer ("1:02:03:04", "12:30:45/2"), or a time of day.
        if i >= 1, t[i].isJoined, t[i - 1].kind == .punct, !d.token(i - 1, is: "(") { return nil }
        if end < t.count, t[end].isJoined, t[end].kind != .punct || d.token(end, is: ":") || d.token(end, is: "/") { return nil }
        if i >= 1, v.clockBefore.contains(t[i - 1].word) { return nil }
        if end < t.count, v.clock.contains(t[end].word) { return nil }
        let value = Double(hours * 3_600 + minutes * 60 + seconds)
        return Quantity(tokens: i..<end, bytes: Int(t[i].start)..<Int(t[end - 1].end), value: value, upper: value,
                        mantissa: value, unit: Self.second, qualifier: .exact, hasMagnitude: false, step: 1)
    }

    /// "2:23 minutes" (minutes and seconds), "1:45 hours" (hours and minutes).
    private func twoGroups(_ d: Document, at i: Int) -> Quantity? {
        let t = d.tokens
        guard i + 3 < t.count, t[i].kind == .number, d.token(i + 1, is: ":"), t[i + 1].isJoined, t[i + 2].isJoined,
              !t[i + 3].isJoined, let big = d.integer(token: i, digits: 1...2),
              let small = d.integer(token: i + 2, digits: 2...2), small < 60,
              let unit = v.units[t[i + 3].word], unit.dimension == .duration,
              unit.code == "minute" || unit.code == "hour" else { return nil }
        let smaller = unit.code == "minute" ? Self.second : Self.minute
        let value = Double(big * 60 + small)
        return Quantity(tokens: i..<(i + 4), bytes: Int(t[i].start)..<Int(t[i + 3].end), value: value, upper: value,
                        mantissa: value, unit: smaller, qualifier: .exact, hasMagnitude: false, step: 1)
    }

    /// After "2 minutes": "33 seconds" or "and 33 seconds", in a smaller unit; its value in that unit.
    func durationRest(_ d: Document, at end: Int, after unit: Unit) -> (value: Double, unit: Unit, end: Int)? {
        let t = d.tokens
        var k = end
        if k < t.count, t[k].word == v.and { k += 1 }
        guard k + 1 < t.count, t[k].kind == .number, !t[k].has(.lineBefore), let n = numbers.number(d, at: k), n.end < t.count,
              let smaller = v.units[t[n.end].word], smaller.dimension == .duration, smaller.factor < unit.factor,
              n.value == n.value.rounded(), n.value < unit.factor / smaller.factor else { return nil }
        return (n.value, smaller, n.end + 1)
    }
}
