import KartrekkerCore

/// A short document of headed sections (paragraphs, then a list), written as Markdown for the
/// minutes and as one self-contained HTML page (no external assets, prints on A4): the
/// privacy statement, and what later documents need. Text is plain — Markdown and HTML
/// characters in it are escaped, never interpreted — but for spans between backticks, which are
/// code (a command to type). Text from the data goes through `PlainDocument.literal` first.
public struct PlainDocument: Sendable, Equatable {
    public struct Section: Sendable, Equatable {
        public var heading: String
        public var paragraphs: [String]
        public var items: [String]

        public init(_ heading: String, paragraphs: [String] = [], items: [String] = []) {
            self.heading = heading
            self.paragraphs = paragraphs
            self.items = items
        }
    }

    public var title: String
    public var intro: [String]
    public var sections: [Section]
    /// The language it is written in (the HTML page says so, for screen readers and hyphens).
    public var language: Language = .english
    /// For a screen in a meeting room: large type, each section a screen (and a printed page)
    /// of its own.
    public var presentation = false

    public init(title: String, intro: [String], sections: [Section]) {
        self.title = title
        self.intro = intro
        self.sections = sections
    }

    /// Plain text for a terminal: the title underlined, sections headed, paragraphs wrapped to
    /// `width` (not wrapped where it is `nil`), items as `-`; control characters made visible.
    public func text(width: Int?) -> String {
        func wrapped(_ text: String, indent: String = "", first: String = "") -> [String] {
            let words = SafeText.escaped(text).split(separator: " ", omittingEmptySubsequences: true)
            guard let width else { return [first + words.joined(separator: " ")] }
            var lines: [String] = []
            var line = first
            for word in words {
                let start = line == first || line == indent
                if !start, DisplayWidth.of(line) + 1 + DisplayWidth.of(word) > max(20, width - 1) {
                    lines.append(line)
                    line = indent
                }
                line += (line == first || line == indent ? "" : " ") + word
            }
            lines.append(line)
            return lines
        }
        let heading = SafeText.escaped(title)
        var lines = [heading, String(repeating: "=", count: max(3, DisplayWidth.of(heading))), ""]
        for paragraph in intro { lines += wrapped(paragraph) + [""] }
        for section in sections {
            let name = SafeText.escaped(section.heading)
            lines += [name, String(repeating: "-", count: max(3, DisplayWidth.of(name)))]
            for paragraph in section.paragraphs { lines += wrapped(paragraph) + [""] }
            for item in section.items { lines += wrapped(item, indent: "  ", first: "- ") }
            if !section.items.isEmpty { lines.append("") }
        }
        return lines.joined(separator: "\n")
    }

    /// CommonMark: `#` title, `##` sections, `-` items; text escaped.
    public var markdown: String {
        var lines = ["# " + PlainDocument.markdownEscaped(title), ""]
        for paragraph in intro { lines += [PlainDocument.markdownEscaped(paragraph), ""] }
        for section in sections {
            lines += ["## " + PlainDocument.markdownEscaped(section.heading), ""]
            for paragraph in section.paragraphs { lines += [PlainDocument.markdownEscaped(paragraph), ""] }
            if !section.items.isEmpty {
                lines += section.items.map { "- " + PlainDocument.markdownEscaped($0) }
                lines.append("")
            }
        }
        return lines.joined(separator: "\n")
    }

    /// One HTML page, its style inline, laid out for A4 when printed.
    public var html: String {
        var body = "<header>\n<h1>\(PlainDocument.htmlEscaped(title))</h1>\n"
        for paragraph in intro { body += "<p class=\"intro\">\(PlainDocument.htmlEscaped(paragraph))</p>\n" }
        body += "</header>\n"
        for section in sections {
            body += "<section>\n<h2>\(PlainDocument.htmlEscaped(section.heading))</h2>\n"
            for paragraph in section.paragraphs { body += "<p>\(PlainDocument.htmlEscaped(paragraph))</p>\n" }
            if !section.items.isEmpty {
                body += "<ul>\n" + section.items.map { "<li>\(PlainDocument.htmlEscaped($0))</li>\n" }.joined() + "</ul>\n"
            }
            body += "</section>\n"
        }
        return """
            <!DOCTYPE html>
            <html lang="\(language == .dutch ? "nl" : "en")">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(PlainDocument.htmlEscaped(title))</title>
            <style>
            @page { size: A4; margin: 18mm 16mm; }
            body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; line-height: 1.5; color: #1d2733;
                   max-width: 46rem; margin: 2rem auto; padding: 0 1.25rem; overflow-wrap: anywhere; }
            h1 { font-size: 1.7rem; margin-bottom: 0.4rem; }
            h2 { font-size: 1.2rem; margin-top: 1.6rem; border-bottom: 1px solid #d0d7de; padding-bottom: 0.2rem; }
            p.intro { color: #4a5563; }
            li { margin: 0.25rem 0; }
            section { break-inside: avoid-page; }
            @media print { body { margin: 0; max-width: none; } }
            \(presentation ? PlainDocument.presentationStyle : "")
            </style>
            </head>
            <body>
            \(body)</body>
            </html>

            """
    }

    /// Large, calm type that reads from the back of a room, each section a screen of its own;
    /// printed, each section starts a page.
    static let presentationStyle = """
        body { max-width: 64rem; font-size: clamp(18px, 1.9vw, 34px); line-height: 1.45; }
        h1 { font-size: 2.6em; margin: 0 0 0.3em; }
        h2 { font-size: 1.6em; margin-top: 0; }
        header, section { min-height: 92vh; box-sizing: border-box; padding-top: 6vh; }
        li { margin: 0.45em 0; }
        @media print {
          body { font-size: 13pt; }
          header, section { min-height: 0; padding-top: 0; }
          section { break-before: page; }
        }
        """

    /// Text from the data, made safe to put into a document's text: no backtick can open code.
    public static func literal(_ text: String) -> String {
        SafeText.escaped(text).replacingOccurrences(of: "`", with: "'")
    }

    /// The spans of `text`: plain, then code, then plain, … (split at backticks).
    private static func spans(_ text: String) -> [(code: Bool, text: String)] {
        text.split(separator: "`", omittingEmptySubsequences: false).enumerated().map { ($0.offset % 2 == 1, String($0.element)) }
    }

    /// `text` with the characters Markdown would read as markup escaped (code spans kept as
    /// code), and control characters made visible.
    static func markdownEscaped(_ text: String) -> String {
        spans(SafeText.escaped(text)).map { span in
            if span.code { return "`" + span.text + "`" }
            var result = ""
            for character in span.text {
                if "\\`*_{}[]<>#|!~".contains(character) { result.append("\\") }
                result.append(character)
            }
            return result
        }.joined()
    }

    static func htmlEscaped(_ text: String) -> String {
        spans(SafeText.escaped(text)).map { span in
            let escaped = span.text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            return span.code ? "<code>" + escaped + "</code>" : escaped
        }.joined()
    }
}
