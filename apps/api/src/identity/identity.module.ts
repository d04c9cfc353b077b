import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { APP_CONFIG, type AppConfig } from '#platform';
import { AuthController } from './auth.controller.js';
import { AuthGuard } from './auth.guard.js';
import { AuthService } from './auth.service.js';
import { SignUpHandler } from './commands/sign-up/sign-up.handler.js';
import { PasswordHasher } from './password-hasher.js';

@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ secret: config.JWT_SECRET, signOptions: { expiresIn: '12h' } }),
    }),
  ],
  controllers: [AuthController],
  providers: [AuthService, PasswordHasher, SignUpHandler, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [PasswordHasher],
})
export class IdentityModule {}
