/// Errors a request answers with, with JSON-RPC's codes.
enum LSPError: Error {
    case parse(String)
    case invalidRequest(String)
    case methodNotFound(String)
    case invalidParams(String)
    case serverNotInitialized

    var code: Int {
        switch self {
        case .parse: return -32700
        case .invalidRequest: return -32600
        case .methodNotFound: return -32601
        case .invalidParams: return -32602
        case .serverNotInitialized: return -32002
        }
    }

    var message: String {
        switch self {
        case .parse(let m), .invalidRequest(let m), .invalidParams(let m): return m
        case .methodNotFound(let method): return "method not found: \(method)"
        case .serverNotInitialized: return "the server has not been initialized"
        }
    }
}
