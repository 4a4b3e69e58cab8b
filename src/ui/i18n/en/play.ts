/** English: the play screen (status bar, tabs, digest, report, council, the "you" tab). */
export const play = {
  'digest.firstTitle': 'Your first turn',
  'digest.first':
    'Look at the map, read your briefing in the "You" tab, then give your orders and press End turn. After each turn, the changes that matter most to you appear here.',
  'digest.showAround': 'Show me around',
  'digest.title': 'What changed for you in {date}',
  'digest.score':
    'Your score: {before} → {after} ({change, plural, =0 {no change} one {{delta} point} other {{delta} points}})',
  'digest.quiet': 'Nothing changed for you this turn.',
  'digest.effect': '({n} points of your score this turn)',
  'digest.unseen': 'moved {delta}, for reasons only another side can see.',
  'digest.fullReport': 'Read the full report',

  'tab.map': 'Map',
  'tab.orders': 'Orders',
  'tab.report': 'Report',
  'tab.council': 'Council',
  'tab.you': 'You',
  'tabs.label': 'Panels',

  'status.turn': 'Turn {turn} of {total}',
  'status.finished': 'Turn {total} of {total} (finished)',
  'status.turnShort': 'Turn {turn}/{total}',
  'status.score': 'Score {score}',
  'status.playing': 'Playing {actor}',
  'status.handoff': 'Passing the device',
  'status.replay': 'Replay',
  'status.debrief': 'Debrief',
  'status.ended': 'Ended {date}',
  'menu.label': 'Menu',
  'menu.rules': 'How to play',
  'menu.glossary': 'Glossary',
  'menu.quit': 'Quit to the scenarios',
  'menu.quitConfirm': 'Quit this game? It was saved after its last turn; your orders for this turn are kept too.',
  'menu.fingerprint': 'Game fingerprint {code}',
  'menu.fingerprintHint': 'Two players with the same fingerprint hold the same game.',
  'menu.walkthrough': 'Show me around',
  'map.label': 'Map',
  'map.heading': 'Map of the routes',
} as const;

/** English: the "You" tab and charts. */
export const you = {
  'you.title': 'You: {actor}',
  'you.everyone': 'Every side',
  'you.briefing': 'Your briefing: {actor}',
  'you.score': 'Your score: {score} of 100',
  'you.objectives': 'Objectives',
  'you.scoreHow':
    'Each turn, an objective that reaches its target scores {target, number}%, and only one at its full value scores 100%; objectives count by their weight. Your score is the average of the turns played so far{ramp, select, 0 {} other {, later turns counting more}}.',
  'you.scoreWhat': 'How is the score made?',
  'you.objectiveNow': 'now {value}, {met}% met',
  'you.met': 'How far this is met: {what}',
  'you.priorities': 'At home: industry {munitions}% on munitions, {abroad}% of spare workers abroad.',
  'you.yourStocks': 'Your stocks',
  'you.stocksOf': "{actor}'s stocks",
  'you.indicators': 'How things stand (0 to 100)',
  'you.relations': 'Relations (from −100 to +100)',
  'you.relationWith': 'With {other}',
  'you.relationBetween': '{a} and {b}',
  'you.relationScale': 'of ±100',
  'you.of100': 'of 100',
  'you.item': 'What',
  'you.now': 'Now',
  'you.unit': 'Unit',
  'you.lastTurn': 'Last turn',
  'you.trend': 'Trend',
  'you.why': '{delta} · why?',
  'you.whyLabel': '({what})',
  'chart.noData': '{label}: no data.',
  'chart.describe':
    '{label}: from {first} to {last} over {turns, plural, one {# turn} other {# turns}} (lowest {low}, highest {high}).',
  'chart.turns': 'Turn',
} as const;

export const playScreenText = {
  'play.heading': '{actor}: {date}, turn {turn} of {total}',
} as const;

export const mapText = {
  'map.routes': 'Routes and what moved on them this turn',
  'map.closed': 'closed',
  'map.flows': 'this turn {list}',
  'map.noFlows': 'nothing you can see this turn',
  'map.offMap': 'Off the map: {list}.',
  'map.schematic':
    'Simple map: {routes, plural, one {# route} other {# routes}}, {shipments, plural, =0 {no shipment} one {# shipment} other {# shipments}} shown',
  'map.inset': 'Close-up: the Tumen river mouth',
} as const;

export const announce = {
  'announce.turn': 'Turn {turn} ({date}) played. Now turn {next} of {total}.',
  'announce.over': 'Turn {turn} ({date}) played. The game is over: the debrief follows.',
} as const;
