import FactlintCore
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// What `factlint lsp` is started with.
public struct LSPConfiguration: Sendable {
    /// `--rules DIR`; without it the workspace's `rules/` folder, then `./rules`.
    public var rulesDirectory: String?
    public init(rulesDirectory: String? = nil) { self.rulesDirectory = rulesDirectory }
}

/// The language server's state machine, free of I/O: messages in, messages out through
/// `send`. The transport (`StdioTransport`) calls `receive` for each message and `idle`
/// when no more input is waiting, which is when the workspace is checked again: a burst
/// of edits costs one check.
///
/// Every open buffer is checked together with the workspace's articles on disk (open
/// buffers win over their files), so a change in one article re-publishes the findings of
/// every open article it bears on. Requests that read findings (hover, code actions) check
/// first if anything changed, so they always see the text the client has.
public final class LanguageServer {
    enum State { case starting, running, shuttingDown }

    var state = State.starting
    private let configuration: LSPConfiguration
    let send: (JSONValue) -> Void
    let log: (String) -> Void
    var rules = RuleSet(rules: [], lexicon: Lexicon())
    var rulesFolder: String?
    var ignoreFile: IgnoreFile?
    var articles = WorkspaceArticles()
    var documents: [String: OpenDocument] = [:]
    var stale = false
    var checked: [String: Checked] = [:]
    /// Every document as last analysed, by path; cleared when the rules change.
    var analysed: [String: AnalysedDocument] = [:]
    var published: [String: JSONValue] = [:]
    private var clientCapabilities: JSONValue = nil
    var lastWarning: String?
    /// Messages for the user held until the client is initialized.
    var held: [JSONValue] = []
    /// Set by `exit`: 0 after `shutdown`, 1 without.
    public private(set) var exitCode: Int32?

    /// The findings of one open buffer as last checked, with the positions of that text.
    struct Checked {
        var positions: UTF16Positions
        var diagnostics: [Diagnostic]
        var presenter: FindingPresenter
    }

    public init(configuration: LSPConfiguration, send: @escaping (JSONValue) -> Void, log: @escaping (String) -> Void) {
        self.configuration = configuration
        self.send = send
        self.log = log
    }

    /// Handles one message body as it came off the wire.
    public func receive(_ body: Data) {
        guard let message = try? JSONValue.decode(body) else {
            reply(id: nil, error: .parse("the message is not JSON"))
            return
        }
        handle(message)
    }

    public func handle(_ message: JSONValue) {
        guard case .object(let fields) = message else {
            reply(id: nil, error: .invalidRequest("a message must be a JSON object"))
            return
        }
        guard let method = message["method"].string else { return } // a reply to one of our requests
        let params = message["params"]
        if let id = fields["id"] {
            do {
                reply(id: id, result: try request(method, params))
            } catch let error as LSPError {
                reply(id: id, error: error)
            } catch {
                reply(id: id, error: .invalidParams("\(error)"))
            }
        } else {
            do { try notification(method, params) } catch { log("factlint lsp: \(method): \(error)") }
        }
    }

    private func reply(id: JSONValue, result: JSONValue) {
        send(["jsonrpc": "2.0", "id": id, "result": result])
    }

    private func reply(id: JSONValue, error: LSPError) {
        send(["jsonrpc": "2.0", "id": id, "error": ["code": .int(error.code), "message": .string(error.message)]])
    }

    /// Called when no message is waiting: checks again if anything changed.
    public func idle() {
        if stale { refresh() }
    }

    private func request(_ method: String, _ params: JSONValue) throws -> JSONValue {
        switch (state, method) {
        case (.starting, "initialize"): return initialize(params)
        case (.starting, _): throw LSPError.serverNotInitialized
        case (_, "initialize"): throw LSPError.invalidRequest("initialize was already received")
        case (.shuttingDown, _): throw LSPError.invalidRequest("the server is shutting down")
        case (_, "shutdown"):
            state = .shuttingDown
            return nil
        case (_, "textDocument/hover"):
            idle()
            return try hover(params)
        case (_, "textDocument/codeAction"):
            idle()
            return try codeActions(params)
        default: throw LSPError.methodNotFound(method)
        }
    }

    private func notification(_ method: String, _ params: JSONValue) throws {
        if method == "exit" {
            exitCode = state == .shuttingDown ? 0 : 1
            return
        }
        guard state == .running else { return }
        let uri = params["textDocument"]["uri"].string ?? ""
        switch method {
        case "initialized":
            held.forEach(send)
            held = []
            watchFiles()
            stale = true
        case "textDocument/didOpen":
            let item = params["textDocument"]
            guard let text = item["text"].string else { throw LSPError.invalidParams("didOpen without text") }
            documents[uri] = OpenDocument(uri: uri, version: item["version"].int ?? 0, bytes: Array(text.utf8))
            stale = true
        case "textDocument/didChange":
            guard var document = documents[uri] else { throw LSPError.invalidParams("didChange for \(uri), which is not open") }
            for change in params["contentChanges"].array ?? [] { try document.apply(change) }
            document.version = params["textDocument"]["version"].int ?? document.version + 1
            documents[uri] = document
            stale = true
        case "textDocument/didSave":
            filesChanged([DocumentURI.path(uri)])
        case "textDocument/didClose":
            documents[uri] = nil
            checked[uri] = nil
            published[uri] = nil
            publish(uri, version: nil, [])
            stale = true
        case "workspace/didChangeWatchedFiles":
            filesChanged((params["changes"].array ?? []).compactMap { $0["uri"].string.map(DocumentURI.path) })
        case "workspace/didChangeWorkspaceFolders":
            let removed = Set((params["event"]["removed"].array ?? []).compactMap { $0["uri"].string.map(DocumentURI.path) })
            let added = (params["event"]["added"].array ?? []).compactMap { $0["uri"].string.map(DocumentURI.path) }
            articles.roots = articles.roots.filter { !removed.contains($0) } + added
            articles.invalidateListing()
            stale = true
        default:
            break // $/cancelRequest, $/setTrace and the like need no answer
        }
    }

    private func filesChanged(_ paths: [String]) {
        articles.invalidateListing()
        if let folder = rulesFolder, paths.contains(where: { $0.hasPrefix(folder + "/") }) { loadRules() }
        if paths.contains(where: { $0.hasSuffix("/" + IgnoreFile.name) }) { loadIgnoreFile() }
        stale = true
    }

    // MARK: lifecycle

    private func initialize(_ params: JSONValue) -> JSONValue {
        clientCapabilities = params["capabilities"]
        var roots = (params["workspaceFolders"].array ?? []).compactMap { $0["uri"].string }.filter(DocumentURI.isFile).map(DocumentURI.path)
        if roots.isEmpty, let root = params["rootUri"].string, DocumentURI.isFile(root) { roots = [DocumentURI.path(root)] }
        if roots.isEmpty, let root = params["rootPath"].string { roots = [root] }
        articles.roots = roots
        let options = params["initializationOptions"]
        articles.extraCorpus = (options["corpus"].array ?? []).compactMap(\.string).map { resolve($0, against: roots.first) }
        rulesFolder = RulesLocation.find(explicit: configuration.rulesDirectory,
                                         fromClient: options["rules"].string.map { resolve($0, against: roots.first) },
                                         roots: roots)
        loadRules()
        loadIgnoreFile()
        state = .running
        return [
            "capabilities": [
                "positionEncoding": "utf-16",
                "textDocumentSync": ["openClose": true, "change": 2, "save": ["includeText": false]],
                "hoverProvider": true,
                "codeActionProvider": ["codeActionKinds": ["quickfix", "source.fixAll.factlint"]],
                "workspace": ["workspaceFolders": ["supported": true, "changeNotifications": true]],
            ],
            "serverInfo": ["name": "factlint", "version": .string(CLI.version)],
        ]
    }

    private func resolve(_ path: String, against root: String?) -> String {
        guard !path.hasPrefix("/"), let root else { return path }
        return URL(fileURLWithPath: root).appendingPathComponent(path).standardizedFileURL.path
    }

    private func loadRules() {
        analysed = [:]
        articles.excludedFolders = rulesFolder.map { [$0] } ?? []
        articles.invalidateListing()
        // The built-in rules always run; a rules folder (--rules, the client's or the
        // workspace's rules/) adds the story's.
        let folders = rulesFolder.map { [URL(fileURLWithPath: $0).resolvingSymlinksInPath()] } ?? []
        do {
            rules = try RuleLoader.load(folders: folders)
        } catch {
            showMessage("factlint: \(error)", type: 1)
        }
    }

    private func loadIgnoreFile() {
        guard let root = articles.roots.first else { return }
        do { ignoreFile = try IgnoreFile.find(from: URL(fileURLWithPath: root)) } catch {
            ignoreFile = nil
            showMessage("factlint: \(error)", type: 1)
        }
    }

    /// Asks the client to report changes to articles and rule files made outside the editor.
    private func watchFiles() {
        guard clientCapabilities["workspace"]["didChangeWatchedFiles"]["dynamicRegistration"].bool == true else { return }
        send(["jsonrpc": "2.0", "id": "factlint-watch", "method": "client/registerCapability",
              "params": ["registrations": [["id": "factlint-watch", "method": "workspace/didChangeWatchedFiles",
                                            "registerOptions": ["watchers": [["globPattern": "**/*.txt"], ["globPattern": "**/*.json5"],
                                                                             ["globPattern": "**/.factlintignore"]]]]]]])
    }
}
