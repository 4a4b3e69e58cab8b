/** English: the order forms. */
export const forms = {
  'form.cancelEdit': 'Cancel the edit',
  'form.save': 'Save order {n}',
  'form.editing': '{label} (changing order {n})',
  'form.enterNumber': 'Enter a number for "{label}".',
  'form.wholeNumber': '"{label}" must be a whole number.',
  'form.between': '"{label}" must be between {min, number} and {max, number}.',
  'form.malformed': 'This order cannot be made. Check the fields and try again.',
  'form.resourceOption': '{good} ({unit})',
  'form.routeClosed': '{name} (closed)',
  'form.noRoute': 'No route: money goes through the banks',
  'form.route': 'Route',
  'form.routeHint': 'Goods travel by a route that joins you and your partner; money needs none.',
  'form.needsRoute': 'Goods such as {good} must travel by a route.',
  'form.mode': 'Openly or in secret?',
  'form.modeDeclared': 'Openly (everyone sees it)',
  'form.modeCovert': 'In secret (it may be spotted)',

  'form.ship.label': 'Ship goods or money',
  'form.ship.submit': 'Add the shipment',
  'form.ship.to': 'Send to',
  'form.ship.resource': 'What',
  'form.ship.amount': 'How much',

  'form.deal.label': 'Offer a deal',
  'form.deal.submit': 'Add the offer',
  'form.deal.to': 'Partner',
  'form.deal.give': 'You give',
  'form.deal.giveAmount': 'How much you give each turn',
  'form.deal.get': 'You get',
  'form.deal.getAmount': 'How much you get each turn',
  'form.deal.turns': 'For how many turns',
  'form.deal.how':
    'Your partner can accept it next turn; then both sides deliver every turn until it ends. Give 0 to offer aid.',
  'form.deal.nothing': 'A deal must move something: both amounts are 0.',

  'form.priorities.label': 'Set priorities at home',
  'form.priorities.submit': 'Set the priorities',
  'form.priorities.munitions': 'Industry making munitions (%)',
  'form.priorities.munitionsHint': 'The rest of industry grows food.',
  'form.priorities.abroad': 'Spare workers sent abroad (%)',
  'form.priorities.abroadHint': 'The rest work the fields at home.',

  'form.draft.label': 'Put a draft resolution to the Council',
  'form.draft.submit': 'Add the draft',
  'form.draft.measure': 'What it would do',
  'form.draft.value': 'Number',
  'form.draft.range': 'For this measure the number must be between {min, number} and {max, number}.',
  'form.draft.rule':
    'The Council votes on it next turn (at most {n, plural, one {# draft} other {# drafts}} a turn). It passes with 9 votes in favour and no veto.',
  'form.draft.help.oilCap':
    'Limits refined oil going into North Korea each year, from the turn after it passes. Number: thousand barrels a year. Open deliveries count against it; secret ones only when spotted.',
  'form.draft.help.workerBan':
    'Bans North Korean workers abroad from the turn after it passes. Number: turns until they must be home (0: at once); workers still abroad then count as evidence.',
  'form.draft.help.armsEmbargo': 'Bans munitions from North Korea to anyone, from the turn after it passes.',
  'form.draft.help.renewPanel':
    'Gives the Panel of Experts a new mandate. Number: how many turns it lasts. While it works, secret shipments are spotted more often, more so on the routes it watches.',
  'form.draft.help.condemn':
    'Condemns the launches and violations. No new sanction, but relations between North Korea and the Council fall if it passes.',

  'form.vote.label': 'Your vote: {draft}',
  'form.vote.submit': 'Cast the vote',
  'form.vote.when': 'Put to the Council in {tabled}; the vote is this turn.',
  'form.vote.choice': 'Your vote',
  'form.vote.yes': 'Yes',
  'form.vote.no': 'No (a veto, if nine or more vote yes)',
  'form.vote.abstain': 'Abstain (not a veto)',
  'form.vote.default':
    'If you give no vote, you vote {vote, select, yes {yes} no {no} other {abstain}}. As a permanent member, your "no" blocks the draft even with nine votes in favour.',

  'form.monitor.label': 'Send the Panel of Experts',
  'form.monitor.submit': 'Send the Panel',
  'form.monitor.routes': 'Routes to watch',
  'form.monitor.status':
    'The Panel works until {end}. It can watch {max, plural, one {# route} other {# routes}} at once; each watched route is {bonus} points of percent more likely to catch a secret shipment.',
  'form.monitor.none': 'There is no Panel of Experts in this game.',
  'form.monitor.lapsed': 'The Panel stopped work after {end}: the Council must renew its mandate first.',
  'form.monitor.replace': 'The new list replaces the old one; leave every box empty to stop watching.',
  'form.monitor.tooMany': 'The Panel can watch {max, plural, one {# route} other {# routes}} at once; you ticked {n}.',

  'form.launch.label': 'Test-launch a missile',
  'form.launch.submit': 'Order a test launch',
  'form.launch.intro': 'One launch this turn:',
  'form.launch.programme': 'your weapons and space programme gains {n} points',
  'form.launch.china': 'relations with China fall by {n}',
  'form.launch.council': 'relations with the Security Council fall by {n}',
  'form.launch.evidence': 'the Council sees the launch and may vote for sanctions',
  'form.launch.once': 'one launch a turn at most',
} as const;
