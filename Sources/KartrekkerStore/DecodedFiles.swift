/// The data files decoded in this process, each kept with the signature of the version it was
/// decoded from: a file that changed on disk (this process or another) is decoded again.
struct DecodedFiles {
    private var files: [String: (signature: FileSignature, value: Any)] = [:]

    /// The decoded file at `path` when it is the version `signature` names.
    func value<T>(_ type: T.Type, _ path: String, signature: FileSignature) -> T? {
        guard let file = files[path], file.signature == signature else { return nil }
        return file.value as? T
    }

    mutating func keep(_ value: Any, _ path: String, signature: FileSignature) {
        files[path] = (signature, value)
    }

    mutating func forget(_ path: String) {
        files[path] = nil
    }
}
