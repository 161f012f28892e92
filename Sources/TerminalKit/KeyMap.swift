/// The tables active at one moment, combined: the top modal first, then the focused widget,
/// the screen, and the global keys last. Help lists them in sections, the footer shows the
/// first hints that fit, and `conflicts` finds keys bound twice by accident.
public struct KeyMap: Hashable, Sendable {
    /// Highest priority first.
    public let sections: [KeySection]

    public init(_ sections: [KeySection]) {
        self.sections = sections
    }

    /// Keys bound in more than one section (or twice in one), unless the binding in the
    /// higher section overrides on purpose.
    public var conflicts: [KeyConflict] {
        var result: [KeyConflict] = []
        var owner: [Key: (section: Int, overrides: Bool)] = [:]
        var reported = Set<Key>()
        for (index, section) in sections.enumerated() {
            for entry in section.entries {
                for key in entry.keys {
                    if let first = owner[key] {
                        let intended = first.section < index && first.overrides
                        if !intended && reported.insert(key).inserted {
                            result.append(KeyConflict(key: key, sections: [sections[first.section].title, section.title]))
                        }
                    } else {
                        owner[key] = (index, entry.overrides)
                    }
                }
            }
        }
        return result
    }

    /// The footer: `key label` pairs of the entries marked for it, in section order, as many
    /// as fit in `rect`'s first row.
    public func drawFooter(in rect: Rect, on buffer: inout ScreenBuffer) {
        guard rect.height > 0 else { return }
        buffer.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1))
        var x = rect.x
        for entry in sections.flatMap(\.entries) where entry.inFooter {
            let needed = ScreenBuffer.width(of: entry.keyLabel) + 1 + ScreenBuffer.width(of: entry.label)
            guard x + needed <= rect.maxX else { break }
            x += buffer.write(entry.keyLabel, x: x, y: rect.y, role: .key)
            x += buffer.write(" " + entry.label, x: x, y: rect.y, role: .muted)
            x += 2
        }
    }

    /// Help as lines: a title line per section, then `keys  what they do`.
    public func helpLines() -> [HelpLine] {
        var lines: [HelpLine] = []
        for section in sections where !section.entries.isEmpty {
            if !lines.isEmpty { lines.append(.blank) }
            lines.append(.title(section.title))
            // An entry without a sentence is only a footer hint.
            for entry in section.entries where !entry.help.isEmpty { lines.append(.entry(entry.keyLabel, entry.help)) }
        }
        return lines
    }

    /// One line of help.
    public enum HelpLine: Hashable, Sendable {
        case title(String)
        case entry(String, String)
        case blank
    }

    /// The keys as Markdown, for `docs/keys.md`.
    public var markdown: String {
        var text = ""
        for section in sections where !section.entries.isEmpty {
            text += "## \(section.title)\n\n| key | does |\n|---|---|\n"
            for entry in section.entries where !entry.help.isEmpty {
                let keys = entry.keyLabel.replacingOccurrences(of: "|", with: "\\|")
                text += "| `\(keys)` | \(entry.help.replacingOccurrences(of: "|", with: "\\|")) |\n"
            }
            text += "\n"
        }
        return text
    }
}
