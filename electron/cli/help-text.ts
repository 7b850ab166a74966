import { Command, Help, type Option } from 'commander';

/**
 * The CLI's commands: help marks required options and all missing required options are reported
 * in one error, so an admin on Server Core fixes the command line in one go, not one run per option.
 */
export class EcmCommand extends Command {
  override createCommand(name?: string): EcmCommand {
    return new EcmCommand(name);
  }

  override createHelp(): Help {
    return new EcmHelp();
  }

  /** Called by commander for the first missing required option; names every missing one instead. */
  missingMandatoryOptionValue(): never {
    const missing = this.options
      .filter((o) => o.mandatory && this.getOptionValue(o.attributeName()) === undefined)
      .map((o) => o.long ?? o.flags);
    const list = missing.join(', ');
    this.error(`error: ${missing.length === 1 ? 'a required option is' : 'required options are'} missing: ${list}`, {
      code: 'commander.missingMandatoryOptionValue',
    });
  }
}

class EcmHelp extends Help {
  override optionDescription(option: Option): string {
    const text = super.optionDescription(option);
    return option.mandatory ? `(required) ${text}` : text;
  }
}

/** One example per command, by its path ("config import"): what an admin can copy and adapt. */
const EXAMPLES: Record<string, string> = {
  plugins: 'ecm-configurator plugins',
  'plugins trust': 'ecm-configurator plugins trust my-vault-plugin.mjs',
  'test-settings': 'ecm-configurator test-settings --user CORP\\jsmith --endpoint srv01.corp.example',
  'test-access':
    'ecm-configurator test-access --users CORP\\alice,CORP\\bob --endpoints web07,db01 --csv --output review.csv',
  'clear-token-cache': 'ecm-configurator clear-token-cache --plugin secret-server',
  log: 'ecm-configurator log --tail 100 --level warn --grep srv01',
  config: 'ecm-configurator config export --output settings.json',
  'config export': 'ecm-configurator config export --output settings.json',
  'config import': 'ecm-configurator config import settings.json',
  'config validate': 'ecm-configurator config validate settings.json',
  'config restore-backup': 'ecm-configurator config restore-backup --yes',
};

const DATA_DIR_NOTE =
  'Environment:\n  ECM_DATA_DIR  the data directory when --data-dir is not given (settings, token cache, Configurator.log)';

/** Adds the example and the ECM_DATA_DIR note to the help of the program and each command. */
export function addExamples(program: Command): void {
  program.addHelpText('after', `\nExample:\n  ${EXAMPLES['test-settings']}\n\n${DATA_DIR_NOTE}`);
  const walk = (command: Command, prefix: string) => {
    for (const sub of command.commands) {
      const path = `${prefix}${sub.name()}`;
      const example = EXAMPLES[path];
      sub.addHelpText('after', `${example ? `\nExample:\n  ${example}\n` : ''}\n${DATA_DIR_NOTE}`);
      walk(sub, `${path} `);
    }
  };
  walk(program, '');
}
