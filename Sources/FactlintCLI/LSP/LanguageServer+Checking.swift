import FactlintCore

extension LanguageServer {
    /// Checks the open buffers with the workspace's articles and publishes what changed.
    func refresh() {
        stale = false
        var warning: String?
        let onDisk = articles.articles(warning: &warning)
        if let warning, warning != lastWarning { showMessage(warning, type: 2) }
        lastWarning = warning
        let open = documents.values.sorted { $0.uri < $1.uri }
        var uriByPath: [String: String] = [:]
        var bytesByPath: [String: [UInt8]] = [:]
        for document in open {
            let path = DocumentURI.path(document.uri)
            uriByPath[path] = document.uri
            bytesByPath[path] = document.bytes
        }
        for (path, bytes) in onDisk where bytesByPath[path] == nil { bytesByPath[path] = bytes }
        let inputs = bytesByPath.keys.sorted().map { (path: $0, bytes: bytesByPath[$0]!) }
        var diagnostics = check(inputs)
        if let ignoreFile { diagnostics.removeAll(where: ignoreFile.ignores) }
        var byPath: [String: [Diagnostic]] = [:]
        for d in diagnostics { byPath[d.location.path, default: []].append(d) }

        let kinds = Dictionary(rules.rules.map { ($0.meta.id, $0.meta.kind) }, uniquingKeysWith: { a, _ in a })
        let descriptions = Dictionary(rules.rules.map { ($0.meta.id, $0.meta.description) }, uniquingKeysWith: { a, _ in a })
        for document in open {
            let path = DocumentURI.path(document.uri)
            var found = byPath[path] ?? []
            Corroboration.add(to: &found, documents: inputs)
            var positions = [path: UTF16Positions(bytes: document.bytes)]
            for r in found.flatMap(\.related) where positions[r.location.path] == nil {
                if let bytes = bytesByPath[r.location.path] { positions[r.location.path] = UTF16Positions(bytes: bytes) }
            }
            let presenter = FindingPresenter(positions: positions, kinds: kinds, descriptions: descriptions,
                                             uriFor: { uriByPath[$0] ?? DocumentURI.uri($0) })
            checked[document.uri] = Checked(positions: positions[path]!, diagnostics: found, presenter: presenter)
            publish(document.uri, version: document.version, found.map(presenter.diagnostic))
        }
    }

    /// Checks the documents, analysing again only those whose bytes changed since the last
    /// check (an unchanged file on disk is the very same array, so the comparison is free).
    private func check(_ inputs: [(path: String, bytes: [UInt8])]) -> [Diagnostic] {
        let engine = Engine(ruleSet: rules)
        let changed = inputs.filter { analysed[$0.path]?.bytes != $0.bytes }
        var fresh: [String: AnalysedDocument] = [:]
        for document in engine.analyse(changed) { fresh[document.path] = document }
        analysed = Dictionary(uniqueKeysWithValues: inputs.map { ($0.path, fresh[$0.path] ?? analysed[$0.path]!) })
        return engine.check(analysed: inputs.map { analysed[$0.path]! }).diagnostics
    }

    func publish(_ uri: String, version: Int?, _ diagnostics: [JSONValue]) {
        var params: [String: JSONValue] = ["uri": .string(uri), "diagnostics": .array(diagnostics)]
        if let version { params["version"] = .int(version) }
        let value = JSONValue.object(params)
        guard published[uri] != value else { return }
        published[uri] = value
        send(["jsonrpc": "2.0", "method": "textDocument/publishDiagnostics", "params": value])
    }

    func showMessage(_ message: String, type: Int) {
        log(message)
        let note: JSONValue = ["jsonrpc": "2.0", "method": "window/showMessage", "params": ["type": .int(type), "message": .string(message)]]
        if state == .starting { held.append(note) } else { send(note) }
    }
}
