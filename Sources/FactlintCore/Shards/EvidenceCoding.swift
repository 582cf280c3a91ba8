/// Codable conformances the compiler cannot synthesize (the types hold tuples), so that
/// evidence can be written to a claim file (ClaimFile.swift).

extension NameTally.Pair: Codable {
    private enum CodingKeys: String, CodingKey { case first, second, places }
    private struct PlacePair: Codable { var first: NameTally.Place, second: NameTally.Place }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(first: try c.decode(String.self, forKey: .first), second: try c.decode(String.self, forKey: .second),
                  places: try c.decode([PlacePair].self, forKey: .places).map { ($0.first, $0.second) })
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(first, forKey: .first)
        try c.encode(second, forKey: .second)
        try c.encode(places.map { PlacePair(first: $0.0, second: $0.1) }, forKey: .places)
    }
}

extension MagnitudeCheck.Amount: Codable {
    private enum CodingKeys: String, CodingKey {
        case mantissa, currency, factor, context, text, location, slotBytes, slotOffset, quoted, completes
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let slotBytes = try c.decodeIfPresent([UInt8].self, forKey: .slotBytes)
        let slotOffset = try c.decodeIfPresent(Int.self, forKey: .slotOffset)
        self.init(mantissa: try c.decode(Double.self, forKey: .mantissa), currency: try c.decode(String.self, forKey: .currency),
                  factor: try c.decodeIfPresent(Double.self, forKey: .factor), context: try c.decode([UInt32].self, forKey: .context),
                  text: try c.decode(String.self, forKey: .text), location: try c.decode(SourceLocation.self, forKey: .location),
                  slot: slotBytes.flatMap { bytes in slotOffset.map { (bytes, $0) } },
                  quoted: try c.decode(Bool.self, forKey: .quoted), completes: try c.decodeIfPresent(String.self, forKey: .completes))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(mantissa, forKey: .mantissa)
        try c.encode(currency, forKey: .currency)
        try c.encodeIfPresent(factor, forKey: .factor)
        try c.encode(context, forKey: .context)
        try c.encode(text, forKey: .text)
        try c.encode(location, forKey: .location)
        try c.encodeIfPresent(slot?.bytes, forKey: .slotBytes)
        try c.encodeIfPresent(slot?.offset, forKey: .slotOffset)
        try c.encode(quoted, forKey: .quoted)
        try c.encodeIfPresent(completes, forKey: .completes)
    }
}

// Places in evidence note their offset while a claim file is written (`LineNotes`): a
// cross-document finding at that place needs the line's text, and the files may not be
// where the claim files are compared.

/// Seven values: path, line, column, end line, end column, first and end byte. In a
/// document's own evidence the path is null: it is the document's.
extension SourceLocation: Codable {
    public init(from decoder: any Decoder) throws {
        var c = try decoder.unkeyedContainer()
        let path: String
        if try c.decodeNil() {
            guard let own = (decoder.userInfo[EvidenceReading.key] as? EvidenceReading)?.path else {
                throw DecodingError.dataCorruptedError(in: c, debugDescription: "a location without a path outside a document")
            }
            path = own
        } else {
            path = try c.decode(String.self)
        }
        let (line, column, endLine, endColumn) = (try c.decode(Int.self), try c.decode(Int.self), try c.decode(Int.self), try c.decode(Int.self))
        let (start, end) = (try c.decode(Int.self), try c.decode(Int.self))
        guard start <= end else { throw DecodingError.dataCorruptedError(in: c, debugDescription: "a byte range that ends before it starts") }
        self.init(path: path, line: line, column: column, endLine: endLine, endColumn: endColumn, byteRange: start..<end)
    }

    public func encode(to encoder: any Encoder) throws {
        LineNotes.note(byteRange.lowerBound, encoder)
        var c = encoder.unkeyedContainer()
        if (encoder.userInfo[LineNotes.key] as? LineNotes)?.path == path { try c.encodeNil() } else { try c.encode(path) }
        for n in [line, column, endLine, endColumn, byteRange.lowerBound, byteRange.upperBound] { try c.encode(n) }
    }
}

/// Packed as it is in memory: five numbers.
extension QuotesRule.WordPlace: Codable {
    init(from decoder: any Decoder) throws {
        var c = try decoder.unkeyedContainer()
        (line, column, endColumn) = (try c.decode(UInt32.self), try c.decode(UInt32.self), try c.decode(UInt32.self))
        (byteStart, byteLength) = (try c.decode(UInt32.self), try c.decode(UInt32.self))
    }

    func encode(to encoder: any Encoder) throws {
        LineNotes.note(Int(byteStart), encoder)
        var c = encoder.unkeyedContainer()
        for n in [line, column, endColumn, byteStart, byteLength] { try c.encode(n) }
    }
}

/// Packed as it is in memory: ten numbers, and `true` after them for a sentence's opener.
extension FormTable.Record: Codable {
    init(from decoder: any Decoder) throws {
        var c = try decoder.unkeyedContainer()
        func next() throws -> UInt32 { try c.decode(UInt32.self) }
        (key, comparable, formStart, byteStart) = (try next(), try next(), try next(), try next())
        (line, column, endLine, endColumn) = (try next(), try next(), try next(), try next())
        (formLength, byteLength) = (try c.decode(UInt16.self), try c.decode(UInt16.self))
        opensSentence = c.isAtEnd ? false : try c.decode(Bool.self)
    }

    func encode(to encoder: any Encoder) throws {
        LineNotes.note(Int(byteStart), encoder)
        var c = encoder.unkeyedContainer()
        for n in [key, comparable, formStart, byteStart, line, column, endLine, endColumn] { try c.encode(n) }
        try c.encode(formLength)
        try c.encode(byteLength)
        if opensSentence { try c.encode(true) }
    }
}
