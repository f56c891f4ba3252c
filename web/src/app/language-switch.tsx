import { useTranslation } from 'react-i18next';
import { changeLanguage, languages } from '../i18n';

/** Two toggle buttons DE / EN; the pressed one is the current language. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <div className="language-switch" role="group" aria-label={t('header.language')}>
      {languages.map((language) => (
        <button
          key={language}
          type="button"
          className="language-switch__button"
          lang={language}
          aria-pressed={i18n.resolvedLanguage === language}
          title={language === 'de' ? 'Deutsch' : 'English'}
          onClick={() => void changeLanguage(language)}
        >
          {language.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
