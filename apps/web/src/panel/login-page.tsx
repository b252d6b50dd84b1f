import { Alert, Anchor, Button, Code, Container, Image, List, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api, data } from '../api/client';
import { isProblem, problemText } from '../api/problem';
import { setCsrfToken } from '../api/session';
import type { components } from '../api/schema';
import { useInstance } from '../shell/instance-context';
import { SignInName } from '../shell/sign-in-name';
import { STAFF_ME_KEY } from './staff-session';

type LoginResponse = components['schemas']['LoginResponse'];
type Step = { kind: 'password' } | { kind: 'code' | 'enrol'; challenge: string } | { kind: 'forgot' } | { kind: 'recovery-codes'; codes: string[] };

// The agents' sign-in, in the page the agent asked for: once signed in, that page opens. With a
// second factor the password is followed by a code (or, where the instance requires one, by
// setting it up); "forgot password" mails a reset link.
export function LoginPage() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [step, setStep] = useState<Step>({ kind: 'password' });
  const signedIn = async (session: LoginResponse) => {
    setCsrfToken('staff', session.csrfToken);
    if (session.recoveryCodes) setStep({ kind: 'recovery-codes', codes: session.recoveryCodes });
    else await client.invalidateQueries({ queryKey: STAFF_ME_KEY });
  };
  const toPassword = () => setStep({ kind: 'password' });
  return (
    <Container size={460} py="xl" component="main">
      <Title order={1} ta="center" mb="lg">
        {t('panel:login.title')}
      </Title>
      {step.kind === 'password' && (
        <PasswordStep
          onSession={async (session) => (session.secondFactor ? setStep({ kind: session.secondFactor.next, challenge: session.secondFactor.challenge }) : signedIn(session))}
          onForgot={() => setStep({ kind: 'forgot' })}
        />
      )}
      {step.kind === 'code' && <CodeStep challenge={step.challenge} onSession={signedIn} onRestart={toPassword} />}
      {step.kind === 'enrol' && <LoginEnrolStep challenge={step.challenge} onSession={signedIn} onRestart={toPassword} />}
      {step.kind === 'forgot' && <ForgotStep onBack={toPassword} />}
      {step.kind === 'recovery-codes' && <RecoveryCodes codes={step.codes} onDone={() => void client.invalidateQueries({ queryKey: STAFF_ME_KEY })} />}
    </Container>
  );
}

function loginProblem(t: (key: string) => string, problem: unknown): string | null {
  if (!problem) return null;
  if (isProblem(problem, 'auth.invalid-credentials')) return t('panel:login.invalid');
  if (isProblem(problem, 'auth.rate-limited')) return t('panel:login.rate-limited');
  if (isProblem(problem, 'auth.code-invalid')) return t('panel:twoFactor.codeInvalid');
  if (isProblem(problem, 'auth.sign-in-challenge-invalid')) return t('panel:twoFactor.challengeExpired');
  return problemText(problem) ?? t('common:error.generic');
}

function FormCard({ onSubmit, message, children }: { onSubmit: () => void; message: string | null; children: ReactNode }) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <Paper withBorder p="lg" radius="md" component="form" onSubmit={submit}>
      <Stack>
        {message && (
          <Alert color="red" role="alert">
            {message}
          </Alert>
        )}
        {children}
      </Stack>
    </Paper>
  );
}

function PasswordStep({ onSession, onForgot }: { onSession: (session: LoginResponse) => Promise<void>; onForgot: () => void }) {
  const { t } = useTranslation();
  const { slug, directorySignIn } = useInstance();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const login = useMutation({
    mutationFn: () => data(api.POST('/api/v1/t/{slug}/auth/login', { params: { path: { slug } }, body: { email, password } })),
    onSuccess: onSession,
  });
  return (
    <FormCard onSubmit={() => login.mutate()} message={loginProblem(t, login.error)}>
      <SignInName directory={directorySignIn.agents} emailLabel={t('panel:login.email')} value={email} onChange={setEmail} />
      <PasswordInput label={t('panel:login.password')} autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.currentTarget.value)} />
      <Button type="submit" loading={login.isPending}>
        {t('panel:login.submit')}
      </Button>
      <Anchor component="button" type="button" size="sm" onClick={onForgot}>
        {t('panel:login.forgot')}
      </Anchor>
    </FormCard>
  );
}

function CodeStep({ challenge, onSession, onRestart }: { challenge: string; onSession: (session: LoginResponse) => Promise<void>; onRestart: () => void }) {
  const { t } = useTranslation();
  const { slug } = useInstance();
  const [code, setCode] = useState('');
  const verify = useMutation({
    mutationFn: () => data(api.POST('/api/v1/t/{slug}/auth/login/code', { params: { path: { slug } }, body: { challenge, code } })),
    onSuccess: onSession,
  });
  return (
    <FormCard onSubmit={() => verify.mutate()} message={loginProblem(t, verify.error)}>
      <Title order={2} size="h3">
        {t('panel:twoFactor.codeTitle')}
      </Title>
      <Text size="sm">{t('panel:twoFactor.codeHelp')}</Text>
      <TextInput label={t('panel:twoFactor.code')} autoComplete="one-time-code" required autoFocus value={code} onChange={(e) => setCode(e.currentTarget.value)} />
      <Button type="submit" loading={verify.isPending}>
        {t('panel:twoFactor.verify')}
      </Button>
      <Anchor component="button" type="button" size="sm" onClick={onRestart}>
        {t('panel:twoFactor.restart')}
      </Anchor>
    </FormCard>
  );
}

// The instance requires a second factor and this agent has none: set it up before the session.
function LoginEnrolStep({ challenge, onSession, onRestart }: { challenge: string; onSession: (session: LoginResponse) => Promise<void>; onRestart: () => void }) {
  const { t } = useTranslation();
  const { slug } = useInstance();
  const [code, setCode] = useState('');
  const start = useMutation({ mutationFn: () => data(api.POST('/api/v1/t/{slug}/auth/login/enrolment', { params: { path: { slug } }, body: { challenge } })) });
  const confirm = useMutation({
    mutationFn: () => data(api.POST('/api/v1/t/{slug}/auth/login/enrolment/confirm', { params: { path: { slug } }, body: { challenge, code } })),
    onSuccess: onSession,
  });
  return (
    <FormCard onSubmit={() => (start.data ? confirm.mutate() : start.mutate())} message={loginProblem(t, start.error ?? confirm.error)}>
      <Title order={2} size="h3">
        {t('panel:twoFactor.requiredTitle')}
      </Title>
      <Text size="sm">{t('panel:twoFactor.requiredHelp')}</Text>
      {start.data ? (
        <>
          <EnrolmentSecret enrolment={start.data} />
          <TextInput label={t('panel:twoFactor.code')} autoComplete="one-time-code" required value={code} onChange={(e) => setCode(e.currentTarget.value)} />
          <Button type="submit" loading={confirm.isPending}>
            {t('panel:twoFactor.confirm')}
          </Button>
        </>
      ) : (
        <Button type="submit" loading={start.isPending}>
          {t('panel:twoFactor.start')}
        </Button>
      )}
      <Anchor component="button" type="button" size="sm" onClick={onRestart}>
        {t('panel:twoFactor.restart')}
      </Anchor>
    </FormCard>
  );
}

export function EnrolmentSecret({ enrolment }: { enrolment: components['schemas']['EnrolmentResponse'] }) {
  const { t } = useTranslation();
  return (
    <>
      <Text size="sm">{t('panel:twoFactor.scan')}</Text>
      <Image src={enrolment.qrCode} alt={t('panel:twoFactor.qrAlt')} w={200} h={200} mx="auto" />
      <Text size="sm">
        {t('panel:twoFactor.typeSecret')} <Code>{enrolment.secret}</Code>
      </Text>
    </>
  );
}

export function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="lg" radius="md">
      <Stack>
        <Title order={2} size="h3">
          {t('panel:twoFactor.recoveryTitle')}
        </Title>
        <Text size="sm">{t('panel:twoFactor.recoveryHelp')}</Text>
        <List aria-label={t('panel:twoFactor.recoveryTitle')} listStyleType="none" ff="monospace">
          {codes.map((code) => (
            <List.Item key={code}>{code}</List.Item>
          ))}
        </List>
        <Button onClick={onDone}>{t('panel:twoFactor.recoveryDone')}</Button>
      </Stack>
    </Paper>
  );
}

function ForgotStep({ onBack }: { onBack: () => void }) {
  const { t } = useTranslation();
  const { slug } = useInstance();
  const [email, setEmail] = useState('');
  const request = useMutation({ mutationFn: () => data(api.POST('/api/v1/t/{slug}/auth/password-reset/request', { params: { path: { slug } }, body: { email } })) });
  return (
    <FormCard onSubmit={() => request.mutate()} message={request.error ? (problemText(request.error) ?? t('common:error.generic')) : null}>
      <Title order={2} size="h3">
        {t('panel:reset.forgotTitle')}
      </Title>
      {request.isSuccess ? (
        <Alert color="green" role="status">
          {t('panel:reset.sent')}
        </Alert>
      ) : (
        <>
          <Text size="sm">{t('panel:reset.forgotHelp')}</Text>
          <TextInput label={t('panel:login.email')} type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} />
          <Button type="submit" loading={request.isPending}>
            {t('panel:reset.send')}
          </Button>
        </>
      )}
      <Anchor component="button" type="button" size="sm" onClick={onBack}>
        {t('panel:reset.back')}
      </Anchor>
    </FormCard>
  );
}
