/**
 * Reads the images a Dockerfile (or Containerfile) builds from: every FROM,
 * with ARG substitution and multi-stage builds resolved, plus images used
 * by `COPY --from=`. Never throws; what cannot be resolved is a problem.
 */

/** One instruction, its continuation lines joined. */
export interface DockerInstruction {
  keyword: string;
  args: string;
  /** 1-based line where the instruction starts. */
  line: number;
}

/** One stage's own base image (stages built on other stages have none). */
export interface DockerfileBaseImage {
  line: number;
  image: string;
  /** The `AS` name, or the stage's 0-based index as text. */
  stage: string;
  /** The image the final stage ends up running on. */
  final: boolean;
}

export interface DockerfileAnalysis {
  baseImages: DockerfileBaseImage[];
  multiStage: boolean;
  /** Every image the build pulls: FROM of any stage and `COPY --from=image`. */
  imageReferences: Array<{ image: string; line: number }>;
  problems: Array<{ line: number; message: string }>;
}

type Variables = Map<string, string | undefined>;

/** Splits into instructions: continuations, comments and heredocs handled. */
export function parseDockerInstructions(
  lines: readonly string[],
): DockerInstruction[] {
  const escape = escapeCharacter(lines);
  const instructions: DockerInstruction[] = [];
  let pending: { text: string; line: number } | undefined;
  const heredocEnds: Array<{ word: string; stripTabs: boolean }> = [];

  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    if (heredocEnds.length > 0) {
      const { word, stripTabs } = heredocEnds[0];
      const candidate = stripTabs ? raw.replace(/^\t+/, '') : raw;
      if (candidate.trimEnd() === word) heredocEnds.shift();
      continue;
    }
    const trimmed = raw.trim();
    // Comment and blank lines never end an instruction; Docker drops them.
    if (trimmed === '' || trimmed.startsWith('#')) continue;

    const continues = trimmed.endsWith(escape);
    const text = continues ? trimmed.slice(0, -1) : trimmed;
    pending = pending
      ? { text: `${pending.text} ${text}`, line: pending.line }
      : { text, line: i + 1 };
    if (continues) continue;

    const match = /^(\w+)\s*([\s\S]*)$/.exec(pending.text);
    if (match) {
      const instruction = {
        keyword: match[1].toUpperCase(),
        args: match[2].trim(),
        line: pending.line,
      };
      instructions.push(instruction);
      heredocEnds.push(...heredocTerminators(instruction.args));
    }
    pending = undefined;
  }
  if (pending) {
    const match = /^(\w+)\s*([\s\S]*)$/.exec(pending.text);
    if (match) {
      instructions.push({
        keyword: match[1].toUpperCase(),
        args: match[2].trim(),
        line: pending.line,
      });
    }
  }
  return instructions;
}

/** The `# escape=` parser directive, which only counts at the very top. */
function escapeCharacter(lines: readonly string[]): string {
  for (const line of lines) {
    const directive = /^#\s*([a-z]+)\s*=\s*(\S+)\s*$/i.exec(line.trim());
    if (!directive) break;
    if (directive[1].toLowerCase() === 'escape') return directive[2];
  }
  return '\\';
}

/** `RUN <<EOF` and `<<-"EOF"`: the body lines are not instructions. */
function heredocTerminators(
  args: string,
): Array<{ word: string; stripTabs: boolean }> {
  const ends: Array<{ word: string; stripTabs: boolean }> = [];
  const pattern = /<<(-?)\s*(["']?)([A-Za-z_][\w.-]*)\2/g;
  for (let m = pattern.exec(args); m; m = pattern.exec(args)) {
    ends.push({ word: m[3], stripTabs: m[1] === '-' });
  }
  return ends;
}

/** Parses `ARG A=1 B="two" C` into declarations. */
function argDeclarations(
  args: string,
): Array<{ name: string; value?: string }> {
  const declarations: Array<{ name: string; value?: string }> = [];
  const pattern = /([A-Za-z_][\w]*)(?:=("[^"]*"|'[^']*'|\S*))?/g;
  for (let m = pattern.exec(args); m; m = pattern.exec(args)) {
    const value = m[2]?.replace(/^(["'])([\s\S]*)\1$/, '$2');
    declarations.push({ name: m[1], value });
  }
  return declarations;
}

/**
 * Substitutes `$VAR`, `${VAR}`, `${VAR:-default}` and `${VAR:+alternative}`.
 * Returns the first variable without a value instead of guessing.
 */
export function substituteVariables(
  text: string,
  variables: Variables,
): { value: string } | { missing: string; declared: boolean } {
  let missing: { missing: string; declared: boolean } | undefined;
  const value = text.replace(
    /\$(?:\{([A-Za-z_]\w*)(?:(:?[-+])([^}]*))?\}|([A-Za-z_]\w*))/g,
    (whole, braced: string, operator: string, word: string, bare: string) => {
      const name = braced ?? bare;
      const current = variables.get(name);
      const isSet = current !== undefined;
      if (operator === ':-' || operator === '-') {
        const useDefault = !isSet || (operator === ':-' && current === '');
        return useDefault ? word : current!;
      }
      if (operator === ':+' || operator === '+') {
        const useAlternative = isSet && (operator === '+' || current !== '');
        return useAlternative ? word : '';
      }
      if (isSet) return current!;
      missing ??= { missing: name, declared: variables.has(name) };
      return whole;
    },
  );
  return missing ?? { value };
}

interface Stage {
  name?: string;
  index: number;
  line: number;
  image?: string;
  /** The earlier stage this one is built FROM. */
  parent?: number;
}

/** Resolves stages, base images and image references of a Dockerfile. */
export function analyseDockerfile(
  lines: readonly string[],
): DockerfileAnalysis {
  const instructions = parseDockerInstructions(lines);
  const problems: DockerfileAnalysis['problems'] = [];
  const imageReferences: DockerfileAnalysis['imageReferences'] = [];
  const globalArgs: Variables = new Map();
  const stages: Stage[] = [];
  let stageArgs: Variables = new Map();

  const resolve = (
    text: string,
    variables: Variables,
    line: number,
    what: string,
  ): string | undefined => {
    const result = substituteVariables(text, variables);
    if ('value' in result) return result.value;
    problems.push({
      line,
      message: result.declared
        ? `cannot resolve ${what} "${text}": ARG ${result.missing} has no default value`
        : `cannot resolve ${what} "${text}": ${result.missing} is not declared with ARG before the first FROM`,
    });
    return undefined;
  };

  for (const instruction of instructions) {
    const { keyword, args, line } = instruction;
    if (keyword === 'ARG') {
      const scope = stages.length === 0 ? globalArgs : stageArgs;
      for (const { name, value } of argDeclarations(args)) {
        // A stage's bare `ARG NAME` brings in the global value.
        const inherited = stages.length > 0 ? globalArgs.get(name) : undefined;
        const resolved =
          value === undefined
            ? inherited
            : substituteOrKeep(
                value,
                stages.length === 0
                  ? globalArgs
                  : merged(globalArgs, stageArgs),
              );
        scope.set(name, resolved);
      }
    } else if (keyword === 'FROM') {
      const words = args.split(/\s+/).filter(w => !w.startsWith('--'));
      const reference = words[0] ?? '';
      const name =
        words[1]?.toLowerCase() === 'as' ? words[2]?.toLowerCase() : undefined;
      const stage: Stage = { name, index: stages.length, line };
      stageArgs = new Map();
      const image = reference
        ? resolve(reference, globalArgs, line, 'FROM')
        : undefined;
      if (image !== undefined) {
        const parent = findStage(stages, image);
        if (parent !== undefined) stage.parent = parent;
        else {
          stage.image = image;
          imageReferences.push({ image, line });
        }
      }
      stages.push(stage);
    } else if (keyword === 'COPY' || keyword === 'ADD') {
      const from = /(?:^|\s)--from=(\S+)/.exec(args)?.[1];
      if (from === undefined) continue;
      const source = resolve(
        from,
        merged(globalArgs, stageArgs),
        line,
        'COPY --from',
      );
      if (
        source !== undefined &&
        !/^\d+$/.test(source) &&
        findStage(stages, source) === undefined
      ) {
        imageReferences.push({ image: source, line });
      }
    }
  }

  const finalStage = runtimeStage(stages);
  return {
    baseImages: stages
      .filter(s => s.image !== undefined)
      .map(s => ({
        line: s.line,
        image: s.image!,
        stage: s.name ?? String(s.index),
        final: s === finalStage,
      })),
    multiStage: stages.length > 1,
    imageReferences,
    problems,
  };
}

/** ARG defaults may use earlier ARGs; an unresolvable default counts as none. */
function substituteOrKeep(
  value: string,
  variables: Variables,
): string | undefined {
  const result = substituteVariables(value, variables);
  return 'value' in result ? result.value : undefined;
}

function merged(global: Variables, stage: Variables): Variables {
  return new Map([...global, ...stage]);
}

function findStage(stages: Stage[], reference: string): number | undefined {
  const name = reference.toLowerCase();
  return stages.find(s => s.name !== undefined && s.name === name)?.index;
}

/** The stage whose image the last stage ends up running on. */
function runtimeStage(stages: Stage[]): Stage | undefined {
  let stage = stages[stages.length - 1];
  const seen = new Set<number>();
  while (stage && stage.parent !== undefined && !seen.has(stage.index)) {
    seen.add(stage.index);
    stage = stages[stage.parent];
  }
  return stage?.image !== undefined ? stage : undefined;
}
