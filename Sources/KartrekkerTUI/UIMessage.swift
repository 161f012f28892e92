import KartrekkerApp
import KartrekkerCore

/// What comes back from work off the key path. Each load carries the number of its request,
/// so an answer overtaken by a newer request is dropped.
public enum UIMessage: Sendable {
    case opened(OpenState)
    case dashboard(Int, Result<Dashboard, LoadError>)
    case overview(Int, Result<[EmployeeOverview], LoadError>)
    case leaderboard(Int, Result<Leaderboard, LoadError>)
    /// A board loaded ahead of the key that will show it, for the data as of `generation`.
    case boardPrefetched(generation: Int, LeaderboardRequest, Leaderboard)
    case filters(Result<BoardFilters, LoadError>)
    case activity(Int, Result<[ActivityItem], LoadError>)
    case story(Int, Result<EmployeeStory, LoadError>)
    case recap(Int, Result<Recap, LoadError>)
    case fairness(Int, Result<Fairness, LoadError>)
    case ideasToThank(Int, Result<[IdeaToThank], LoadError>)
    case ideaList(Int, Result<[IdeaRow], LoadError>)
    case stories(Int, Result<StoriesLoad, LoadError>)
    case residents(Int, Result<MomentQuarters, LoadError>)
    /// A report written, and where.
    case reportWritten(Result<String, LoadError>)
    case demoProgress(Int, Int)
    case demoLoaded(Result<DemoSummary, LoadError>)
    case formReady(FormRequest, Result<FormContext, LoadError>)
    case formOptions(String, [Contribution])
    case saved(Result<SavedRecord, SaveFailure>)
}

/// How the data directory looked when the UI opened it.
public struct OpenState: Sendable {
    public let isEmpty: Bool
    /// Files from a newer kartrekker: the directory is read-only.
    public let warnings: [Phrase]
    public let problem: LoadError?
    /// What the store did on its own (an interrupted write completed): shown once.
    public var notices: [Phrase] = []
    /// The organisation's settings: what the boards show.
    public var settings = OrganisationSettings()
    /// Whether the welcome screen offers the demo (on a database only its owner may load it).
    public var mayLoadDemo = true
    /// Whether anything may be changed (HR on a database reads only).
    public var mayWrite = true
}

/// The teams, value tags and contact moments in use, for the filters.
public struct BoardFilters: Sendable {
    public let teams: [String]
    public let values: [String]
    public var contactMoments: [ContactMoment] = ContactMoment.builtIn
}

/// A load that failed, in words (a damaged file names its line and column).
public struct LoadError: Error, Sendable {
    let error: any Error

    init(_ error: any Error) {
        self.error = error
    }

    /// The problem as `strings`' language says it.
    func message(_ strings: Strings) -> String { strings.error(error) }
}

/// The Stories view's rows, and the team's mandate of the period's year where one team is shown.
public struct StoriesLoad: Sendable {
    public let rows: [StoryRow]
    public let mandate: MandateUse?
}
