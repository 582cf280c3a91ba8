import FactlintCore

/// Requests that read the findings of an open buffer (the caller has checked first).
extension LanguageServer {
    func findings(_ params: JSONValue) throws -> Checked? {
        guard let uri = params["textDocument"]["uri"].string else { throw LSPError.invalidParams("no textDocument.uri") }
        return checked[uri]
    }

    func hover(_ params: JSONValue) throws -> JSONValue {
        guard let position = LSPPosition(params["position"]) else { throw LSPError.invalidParams("no position") }
        guard let found = try findings(params) else { return nil }
        let offset = found.positions.byteOffset(of: position)
        let hits = found.diagnostics.filter { $0.location.byteRange.contains(offset) }
        guard let first = hits.first else { return nil }
        return ["contents": ["kind": "markdown", "value": .string(found.presenter.hover(hits, text: found.positions))],
                "range": found.presenter.range(first.location.path, first.location.byteRange)]
    }

    func codeActions(_ params: JSONValue) throws -> JSONValue {
        guard let uri = params["textDocument"]["uri"].string,
              let start = LSPPosition(params["range"]["start"]), let end = LSPPosition(params["range"]["end"]) else {
            throw LSPError.invalidParams("codeAction needs textDocument.uri and range")
        }
        guard let found = checked[uri] else { return [] }
        let (a, b) = (found.positions.byteOffset(of: start), found.positions.byteOffset(of: end))
        return .array(CodeActions(uri: uri, found: found).actions(
            bytes: min(a, b)...max(a, b), // a reversed range from a client is read as the same span
            only: params["context"]["only"].array?.compactMap(\.string)))
    }
}
