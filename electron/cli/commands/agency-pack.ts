/** `prw agency pack`: the request pack for one agency (filled in once the pack products exist). */
import type { Command } from 'commander';
import type { CliIo } from '../io';

export function registerAgencyPack(_agency: Command, _io: CliIo): void {}
