/// A buffer the client has open: its text is the client's, not the disk's.
struct OpenDocument {
    let uri: String
    var version: Int
    var bytes: [UInt8]

    /// Applies one `TextDocumentContentChangeEvent`: a range edit (positions in UTF-16
    /// units) or, without a range, the whole new text.
    mutating func apply(_ change: JSONValue) throws {
        guard let text = change["text"].string else { throw LSPError.invalidParams("content change without text") }
        guard !change["range"].isNull else {
            bytes = Array(text.utf8)
            return
        }
        guard let start = LSPPosition(change["range"]["start"]), let end = LSPPosition(change["range"]["end"]), start <= end else {
            throw LSPError.invalidParams("content change with a malformed range")
        }
        let positions = UTF16Positions(bytes: bytes)
        let from = positions.byteOffset(of: start)
        let to = max(from, positions.byteOffset(of: end))
        bytes.replaceSubrange(from..<to, with: Array(text.utf8))
    }
}
