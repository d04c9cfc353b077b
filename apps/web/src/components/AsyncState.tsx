import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, NetworkError } from '../api/client';
import { ensureNames, refusalText } from '../i18n/refusal-text';
import type { Resource } from './useApi';

/**
 * What went wrong, in words: a refusal (by its code, in the user's language, with names rather than
 * ids), no network, or an endpoint this server lacks.
 */
export function ErrorNotice({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const [, namesLoaded] = useState(0);
  useEffect(() => {
    let current = true;
    if (error instanceof ApiError) void ensureNames(error.body).then(() => current && namesLoaded((n) => n + 1));
    return () => {
      current = false;
    };
  }, [error]);
  if (error instanceof ApiError && error.routeMissing) {
    return (
      <p className="notice notice--unavailable" role="status" data-state="unavailable">
        {t('common.notAvailable')}
      </p>
    );
  }
  const text =
    error instanceof ApiError
      ? refusalText(t, error.body) || t('common.refused', { status: error.status, message: error.message })
      : error instanceof NetworkError
        ? t('common.offline')
        : String(error);
  return (
    <p className="notice notice--error" role="alert">
      {text}
    </p>
  );
}

/** Loading, error or the content of a resource. */
export function AsyncState<T>({ resource, children }: { resource: Resource<T>; children: (data: T) => ReactNode }) {
  const { t } = useTranslation();
  if (resource.data !== undefined) return <>{children(resource.data)}</>;
  if (resource.error) return <ErrorNotice error={resource.error} />;
  return (
    <p className="notice" role="status">
      {t('common.loading')}
    </p>
  );
}
