/** English: the start, briefing, setup and hand-off screens. */
export const screens = {
  'start.title': 'Veto',
  'start.lead':
    'A strategy game of trade, smuggling, votes and sanctions between Russia, North Korea, China and the UN Security Council. Pick a scenario, choose who plays each side, and see each turn explained.',
  'start.scenarios': 'Scenarios',
  'start.length':
    '{turns, plural, one {# turn} other {# turns}} of {months, select, month {one month} half {six months} other {three months}}, about {minutes} minutes',
  'start.choose': 'Choose this scenario',
  'start.chooseLabel': 'Choose this scenario: {title}',
  'start.invalid': 'This file cannot be played. Problems found:',
  'notice.noSuchScenario': 'There is no such scenario.',
  'notice.scenarioHasProblems': '{file} cannot be played: it has problems.',
  'notice.noHumanPlayer': 'Choose at least one side for a human player.',
  'source.estimate': '(an estimate)',

  'briefing.forClass': 'For the whole class',
  'briefing.private': 'Each player also gets a private briefing for their own side when their first turn begins.',
  'briefing.learn': 'What you should understand by the end',
  'briefing.scored': 'How each side is scored',
  'briefing.routes': 'Routes and what they carry each turn',
  'briefing.routesHint': 'Goods travel by these routes; {good} and {knowhow} need none.',
  'briefing.closed': 'closed for now',
  'briefing.carries': 'Carries up to {list} a turn.',
  'briefing.sources': 'Sources ({n})',
  'briefing.back': 'Back to the scenarios',
  'briefing.next': 'Choose players',

  'setup.title': 'Who plays each side?',
  'setup.scoredOn': 'Scored on: {list}.',
  'setup.human': 'A person',
  'setup.bot': 'The computer',
  'setup.level': 'How the computer plays',
  'setup.easy': 'Easy: follows rules of thumb',
  'setup.hard': 'Hard: plays each turn ahead before choosing (a few seconds a turn)',
  'setup.more': 'More options',
  'setup.seed': 'Random seed (leave blank for the usual one, {seed})',
  'setup.count':
    "{n, plural, =0 {No person plays yet.} one {One person against the computer.} other {# people share this device, taking turns: a hand-off screen hides each one's orders from the others.}}",
  'setup.back': 'Back to the briefing',
  'setup.start': 'Start',

  'handoff.title': 'Pass the device to {actor}',
  'handoff.first':
    'Each player gives orders in turn, in private; what one player does in secret is hidden from the others.',
  'handoff.next': "The previous player's orders and reports are now hidden.",
  'handoff.only': 'Only the player for {actor} should go on.',
  'handoff.go': 'I play {actor}: show my turn',
} as const;
