import fc from 'fast-check';
import type { ChannelName } from '../../../shared/ipc/channel-names';
import type { SettingField } from '../../../shared/plugin/settings-schema';
import type { FuzzPlugin, FuzzWorld, Payload } from './fuzz-world';
import { iniText } from './ini-text';
import { nastyNumber, nastyString } from './strings';

// ------------------------------------------------------------------------------------------
// Valid payloads, channel by channel

const PLUGIN_ID = /^[a-z][a-z0-9-]{1,63}$/;
const RUN_ID = /^[A-Za-z0-9-]{8,64}$/;
const ACTION_ID = /^[a-z][a-zA-Z0-9-]{0,63}$/;
const SETTING_KEY = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

function pluginIdArb(world: FuzzWorld): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...world.plugins.map((p) => p.id)) },
    { weight: 2, arbitrary: fc.stringMatching(PLUGIN_ID) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        'constructor',
        'prototype',
        'hasownproperty',
        'to-string',
        'proto',
        'static-vault-',
        'tpa',
      ),
    },
  );
}

function valueForField(field: SettingField, favourites: readonly unknown[] = []): fc.Arbitrary<unknown> {
  const v = field.validation ?? {};
  const choices: fc.Arbitrary<unknown>[] = [];
  switch (field.type) {
    case 'string':
    case 'multiline':
      choices.push(fc.string({ maxLength: 40 }), nastyString);
      if (v.pattern) choices.push(fc.stringMatching(new RegExp(v.pattern, v.patternFlags)));
      break;
    case 'secret':
      choices.push(fc.constant({ stored: true }), fc.constant(''), fc.string({ minLength: 1, maxLength: 40 }));
      break;
    case 'number': {
      const min = Math.max(v.min ?? -1e9, -1e9);
      const max = Math.min(v.max ?? 1e9, 1e9);
      choices.push(
        v.integer ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) }) : fc.double({ min, max, noNaN: true }),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        nastyNumber,
      );
      break;
    }
    case 'boolean':
      choices.push(fc.boolean());
      break;
    case 'list': {
      const item = v.pattern
        ? fc.oneof(fc.stringMatching(new RegExp(v.pattern, v.patternFlags)), fc.string({ maxLength: 20 }))
        : fc.string({ maxLength: 20 });
      choices.push(fc.array(item, { maxLength: 6 }));
      if (field.default !== undefined) choices.push(fc.constant(field.default));
      break;
    }
    case 'enum':
      choices.push(fc.constantFrom(...(field.options ?? []).map((o) => o.value), ''), fc.string({ maxLength: 12 }));
      break;
  }
  if (favourites.length > 0) choices.push(fc.constantFrom(...favourites), fc.constantFrom(...favourites));
  return fc.oneof(...choices);
}

/** Draft values of one plugin: any subset of its fields, each with a value of its type (mostly valid). */
function draftFor(world: FuzzWorld, plugin: FuzzPlugin): fc.Arbitrary<Payload> {
  const fav = world.favourites?.[plugin.id] ?? {};
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const field of plugin.settings) model[field.key] = valueForField(field, fav[field.key]);
  return fc.record(model, { requiredKeys: [] }) as fc.Arbitrary<Payload>;
}

/** A plugin id with draft values shaped for it (or for another plugin, or random keys). */
function pluginWithValues(world: FuzzWorld): fc.Arbitrary<{ pluginId: string; values: Payload }> {
  const matched = fc
    .constantFrom(...world.plugins)
    .chain((p) => draftFor(world, p).map((values) => ({ pluginId: p.id, values })));
  const crossed = fc.record({
    pluginId: pluginIdArb(world),
    values: fc.oneof(
      fc.constantFrom(...world.plugins).chain((p) => draftFor(world, p)),
      fc.dictionary(
        fc.stringMatching(SETTING_KEY),
        fc.oneof(fc.string({ maxLength: 20 }), fc.integer(), fc.boolean(), fc.constant({ stored: true as const })),
        { maxKeys: 5 },
      ),
    ),
  });
  // Drafts made only of each plugin's favourite (known good) values, or empty: the saved settings
  // then fill in, so the request gets past validation into the plugin.
  const good = fc.constantFrom(...world.plugins).chain((p) => {
    const fav = world.favourites?.[p.id] ?? {};
    const model: Record<string, fc.Arbitrary<unknown>> = {};
    for (const [key, values] of Object.entries(fav)) model[key] = fc.constantFrom(...values);
    return fc.record(model, { requiredKeys: [] }).map((values) => ({ pluginId: p.id, values: values as Payload }));
  });
  return fc.oneof({ weight: 4, arbitrary: matched }, { weight: 1, arbitrary: crossed }, { weight: 3, arbitrary: good });
}

// Valid users have no C0 control characters (the account schema refuses them), hence the control-character ranges.
const userArb = fc.oneof(
  fc.constantFrom(
    'CORP\\alice',
    'CORP\\bob',
    'CORP\\pending',
    'alice@corp',
    'alice',
    'CORP\\ALICE',
    '  CORP\\alice  ',
    'DB01\\sa',
  ),
  fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0 && !/[\u0000-\u001f]/.test(s)),
  fc
    .string({ unit: 'grapheme', minLength: 1, maxLength: 20 })
    .filter((s) => s.trim().length > 0 && !/[\u0000-\u001f]/.test(s)),
);

const endpointArb = fc.oneof(
  fc.constantFrom('ws01', 'ws01.corp.example', 'db01', 'WS01', '10.0.0.1', '[::1]', 'fe80::1%eth0', 'a'.repeat(253)),
  fc.stringMatching(/^[A-Za-z0-9._:\-[\]%]{1,60}$/),
);

const runIdArb = fc.stringMatching(RUN_ID);

export function validPayload(channel: ChannelName, world: FuzzWorld): fc.Arbitrary<Payload> {
  switch (channel) {
    case 'listPlugins':
    case 'listDetectedPlugins':
    case 'getActivePlugin':
    case 'previewSettingsBackup':
    case 'getLogPath':
    case 'openLogFolder':
    case 'getAbout':
      return fc.constant({}).map(() => ({}));
    case 'setActivePlugin':
    case 'getSettings':
      return fc.record({ pluginId: pluginIdArb(world) });
    case 'restoreSettingsBackup':
      return fc.record({ backupId: fc.stringMatching(/^[0-9a-f]{32}$/) });
    case 'saveSettings':
    case 'checkSettings':
    case 'exportSettingsFile':
      return pluginWithValues(world);
    case 'importSettingsFile':
      // Mostly a plugin that has a settings file format, so the text reaches its parser.
      return fc.record({
        pluginId: fc.oneof(
          { weight: 3, arbitrary: fc.constant(world.settingsFilePlugin ?? world.plugins[0]!.id) },
          { weight: 1, arbitrary: pluginIdArb(world) },
        ),
        text: iniText(world),
      });
    case 'testSettings':
      return fc
        .tuple(pluginWithValues(world), userArb, endpointArb, fc.option(runIdArb, { nil: undefined }))
        .map(([pv, user, endpoint, runId]) => ({ ...pv, user, endpoint, ...(runId === undefined ? {} : { runId }) }));
    case 'getTestProgress':
    case 'cancelTest':
      return fc.record({ runId: runIdArb });
    case 'runFieldAction': {
      const declared = world.plugins.flatMap((p) =>
        p.settings.flatMap((f) => (f.actions ?? []).map((a) => ({ pluginId: p.id, fieldKey: f.key, actionId: a.id }))),
      );
      const random = fc
        .tuple(
          pluginWithValues(world),
          fc.oneof(
            fc.constantFrom(...world.plugins.flatMap((p) => p.settings.map((f) => f.key))),
            fc.stringMatching(SETTING_KEY),
          ),
          fc.oneof(
            fc.constantFrom(
              ...world.plugins.flatMap((p) => p.settings.flatMap((f) => (f.actions ?? []).map((a) => a.id))),
            ),
            fc.stringMatching(ACTION_ID),
          ),
        )
        .map(([pv, fieldKey, actionId]) => ({ ...pv, fieldKey, actionId }));
      if (declared.length === 0) return random;
      // An action the plugin declares, with values for that plugin: reaches the core's resolution and the plugin.
      const real = fc
        .tuple(fc.constantFrom(...declared), pluginWithValues(world))
        .map(([action, pv]) => ({ ...action, values: pv.pluginId === action.pluginId ? pv.values : {} }));
      return fc.oneof(random, real);
    }
    case 'clearTokenCache':
      return fc.record({ pluginId: pluginIdArb(world) }, { requiredKeys: [] });
    case 'readLog':
      return fc.record(
        {
          tail: fc.integer({ min: 1, max: 10_000 }),
          minLevel: fc.constantFrom('debug', 'info', 'warn', 'error'),
          grep: fc.string({ maxLength: 200 }),
          before: fc.oneof(fc.nat(), fc.constantFrom(0, -0, Number.MAX_SAFE_INTEGER)),
          after: fc.oneof(fc.nat(), fc.constantFrom(0, -0, Number.MAX_SAFE_INTEGER)),
        },
        { requiredKeys: [] },
      );
    case 'openTextFile':
      return fc.record({ title: fc.string({ minLength: 1, maxLength: 200 }) });
    case 'openApprovalPage':
      return fc.record({
        pluginId: pluginIdArb(world),
        url: fc.oneof(
          fc.webUrl(),
          fc.constantFrom('javascript:alert(1)', 'https://a@b/', 'x'),
          fc.string({ minLength: 1 }),
        ),
      });
    case 'startAccessReview':
      return fc
        .tuple(
          pluginWithValues(world),
          fc.oneof(
            fc.record({ kind: fc.constant('csv' as const), text: fc.string({ maxLength: 200 }) }),
            fc.record({
              kind: fc.constant('matrix' as const),
              users: fc.array(userArb, { maxLength: 3 }),
              endpoints: fc.array(endpointArb, { maxLength: 3 }),
            }),
          ),
          fc.option(fc.integer({ min: 1, max: 64 }), { nil: undefined }),
        )
        .map(([pv, input, concurrency]) => ({ ...pv, input, ...(concurrency === undefined ? {} : { concurrency }) }));
    case 'accessReviewProgress':
    case 'cancelAccessReview':
      return fc.record({ reviewId: runIdArb });
    case 'accessReviewResults':
      return fc.record({ reviewId: runIdArb, from: fc.nat(), count: fc.integer({ min: 1, max: 5_000 }) });
    case 'exportAccessReview':
      return fc.record({ reviewId: runIdArb, format: fc.constantFrom('csv', 'json', 'html') });
    case 'trustPlugin':
      // Mostly the hash of a file in the world's plugins folder, so a trust can succeed.
      return fc.record({
        sha256: fc.oneof(
          fc.constantFrom(...(world.detectedSha256 ?? ['0'.repeat(64)])),
          fc.stringMatching(/^[0-9a-f]{64}$/),
        ),
      });
  }
}
